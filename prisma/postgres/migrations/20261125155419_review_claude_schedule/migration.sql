-- CreateTable
CREATE TABLE "ReviewClaudeSchedule" (
    "shop" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'idle',
    "lastRunAt" TIMESTAMP(3),
    "nextRunAt" TIMESTAMP(3),
    "failures" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "batchId" TEXT,
    "batchModel" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewClaudeSchedule_pkey" PRIMARY KEY ("shop")
);

-- CreateIndex
CREATE INDEX "Review_shop_analysisVersion_idx" ON "Review"("shop", "analysisVersion");

