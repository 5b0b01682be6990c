-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "externalId" TEXT,
    "productId" TEXT NOT NULL,
    "productHandle" TEXT NOT NULL,
    "rating" INTEGER,
    "title" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "reviewerName" TEXT NOT NULL DEFAULT '',
    "reviewerHash" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "reply" TEXT,
    "reviewedAt" DATETIME NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "sentiment" TEXT NOT NULL DEFAULT 'neutral',
    "score" REAL NOT NULL DEFAULT 0,
    "aspects" TEXT NOT NULL DEFAULT '[]',
    "flags" TEXT NOT NULL DEFAULT '[]',
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "fingerprint" TEXT,
    "analysisVersion" INTEGER NOT NULL DEFAULT 1,
    "importId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReviewDaily" (
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "positive" INTEGER NOT NULL DEFAULT 0,
    "neutral" INTEGER NOT NULL DEFAULT 0,
    "negative" INTEGER NOT NULL DEFAULT 0,
    "flagged" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" REAL NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "aspects" TEXT NOT NULL DEFAULT '{}',

    PRIMARY KEY ("shop", "productId", "day")
);

-- CreateTable
CREATE TABLE "ProductReviewSummary" (
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "averageRating" REAL,
    "distribution" TEXT NOT NULL DEFAULT '[0,0,0,0,0]',
    "sentiment" TEXT NOT NULL DEFAULT '{}',
    "trend" TEXT NOT NULL DEFAULT '[]',
    "pros" TEXT NOT NULL DEFAULT '[]',
    "cons" TEXT NOT NULL DEFAULT '[]',
    "says" TEXT NOT NULL DEFAULT '{}',
    "builtFrom" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shop", "productId")
);

-- CreateTable
CREATE TABLE "ReviewImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "fileName" TEXT NOT NULL DEFAULT '',
    "format" TEXT,
    "content" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "rowsTotal" INTEGER NOT NULL DEFAULT 0,
    "rowsDone" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "problems" TEXT NOT NULL DEFAULT '[]',
    "malformed" INTEGER NOT NULL DEFAULT 0,
    "unmatched" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReviewAlert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'negative_spike',
    "details" TEXT NOT NULL DEFAULT '{}',
    "emailedAt" DATETIME,
    "dismissedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReviewSettings" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT,
    "tokenHint" TEXT,
    "customAspects" TEXT NOT NULL DEFAULT '[]',
    "alertEmail" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReviewAnalysisCache" (
    "contentHash" TEXT NOT NULL PRIMARY KEY,
    "model" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Review_shop_productId_reviewedAt_idx" ON "Review"("shop", "productId", "reviewedAt");

-- CreateIndex
CREATE INDEX "Review_shop_reviewedAt_idx" ON "Review"("shop", "reviewedAt");

-- CreateIndex
CREATE INDEX "Review_shop_flagged_reviewedAt_idx" ON "Review"("shop", "flagged", "reviewedAt");

-- CreateIndex
CREATE INDEX "Review_shop_fingerprint_idx" ON "Review"("shop", "fingerprint");

-- CreateIndex
CREATE INDEX "Review_shop_reviewerHash_idx" ON "Review"("shop", "reviewerHash");

-- CreateIndex
CREATE UNIQUE INDEX "Review_shop_dedupeKey_key" ON "Review"("shop", "dedupeKey");

-- CreateIndex
CREATE INDEX "ReviewDaily_shop_day_idx" ON "ReviewDaily"("shop", "day");

-- CreateIndex
CREATE INDEX "ProductReviewSummary_shop_handle_idx" ON "ProductReviewSummary"("shop", "handle");

-- CreateIndex
CREATE INDEX "ReviewImport_shop_startedAt_idx" ON "ReviewImport"("shop", "startedAt");

-- CreateIndex
CREATE INDEX "ReviewImport_status_updatedAt_idx" ON "ReviewImport"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "ReviewAlert_shop_dismissedAt_createdAt_idx" ON "ReviewAlert"("shop", "dismissedAt", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewAlert_shop_productId_createdAt_idx" ON "ReviewAlert"("shop", "productId", "createdAt");

