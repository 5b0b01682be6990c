-- CreateTable
CREATE TABLE "FaqEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "locale" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CoPurchase" (
    "shop" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "otherHandle" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shop", "handle", "otherHandle")
);

-- CreateTable
CREATE TABLE "CountedOrder" (
    "shop" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("shop", "orderId")
);

-- CreateIndex
CREATE INDEX "FaqEntry_shop_position_idx" ON "FaqEntry"("shop", "position");

-- CreateIndex
CREATE INDEX "CoPurchase_shop_handle_count_idx" ON "CoPurchase"("shop", "handle", "count");

