-- CreateTable
CREATE TABLE "ReviewClaudeSchedule" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL DEFAULT 'idle',
    "lastRunAt" DATETIME,
    "nextRunAt" DATETIME,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "batchId" TEXT,
    "batchModel" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Review_shop_analysisVersion_idx" ON "Review"("shop", "analysisVersion");

