-- CreateTable
CREATE TABLE "ReviewShopDaily" (
    "shop" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "positive" INTEGER NOT NULL DEFAULT 0,
    "neutral" INTEGER NOT NULL DEFAULT 0,
    "negative" INTEGER NOT NULL DEFAULT 0,
    "flagged" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" REAL NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "day")
);

-- CreateTable
CREATE TABLE "ReviewMonthly" (
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "month" DATETIME NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "positive" INTEGER NOT NULL DEFAULT 0,
    "neutral" INTEGER NOT NULL DEFAULT 0,
    "negative" INTEGER NOT NULL DEFAULT 0,
    "flagged" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" REAL NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "productId", "month")
);

-- CreateIndex
CREATE INDEX "ReviewMonthly_shop_month_idx" ON "ReviewMonthly"("shop", "month");

