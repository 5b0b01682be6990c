-- CreateTable
CREATE TABLE "ReviewShopDaily" (
    "shop" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "positive" INTEGER NOT NULL DEFAULT 0,
    "neutral" INTEGER NOT NULL DEFAULT 0,
    "negative" INTEGER NOT NULL DEFAULT 0,
    "flagged" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReviewShopDaily_pkey" PRIMARY KEY ("shop","day")
);

-- CreateTable
CREATE TABLE "ReviewMonthly" (
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "month" TIMESTAMP(3) NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "positive" INTEGER NOT NULL DEFAULT 0,
    "neutral" INTEGER NOT NULL DEFAULT 0,
    "negative" INTEGER NOT NULL DEFAULT 0,
    "flagged" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReviewMonthly_pkey" PRIMARY KEY ("shop","productId","month")
);

-- CreateIndex
CREATE INDEX "ReviewMonthly_shop_month_idx" ON "ReviewMonthly"("shop", "month");

