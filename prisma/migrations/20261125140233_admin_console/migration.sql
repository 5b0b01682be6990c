-- CreateTable
CREATE TABLE "PromptVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "settings" TEXT NOT NULL,
    "author" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PromptDraft" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "settings" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL DEFAULT 0,
    "author" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StudioTestCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "case" TEXT NOT NULL,
    "sourceMessageId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConversationProduct" (
    "conversationId" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "shown" BOOLEAN NOT NULL DEFAULT false,
    "recommended" BOOLEAN NOT NULL DEFAULT false,
    "addToCart" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("conversationId", "handle")
);

-- CreateTable
CREATE TABLE "AssistedOrder" (
    "shop" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "conversationId" TEXT,
    "revenue" REAL NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "items" INTEGER NOT NULL DEFAULT 0,
    "orderCreatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("shop", "orderId")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Conversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "customerId" TEXT,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "status" TEXT NOT NULL DEFAULT 'open',
    "outcome" TEXT,
    "turns" INTEGER NOT NULL DEFAULT 0,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "ipHash" TEXT,
    "lastMessageAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "test" BOOLEAN NOT NULL DEFAULT false,
    "sentiment" TEXT,
    "topic" TEXT,
    "orderRelated" BOOLEAN NOT NULL DEFAULT false,
    "thumbsDown" BOOLEAN NOT NULL DEFAULT false,
    "factsAt" DATETIME
);
INSERT INTO "new_Conversation" ("createdAt", "customerId", "email", "flagged", "id", "ipHash", "lastMessageAt", "locale", "outcome", "shop", "status", "turns", "updatedAt") SELECT "createdAt", "customerId", "email", "flagged", "id", "ipHash", "lastMessageAt", "locale", "outcome", "shop", "status", "turns", "updatedAt" FROM "Conversation";
DROP TABLE "Conversation";
ALTER TABLE "new_Conversation" RENAME TO "Conversation";
CREATE INDEX "Conversation_shop_createdAt_idx" ON "Conversation"("shop", "createdAt");
CREATE INDEX "Conversation_shop_customerId_idx" ON "Conversation"("shop", "customerId");
CREATE INDEX "Conversation_shop_email_idx" ON "Conversation"("shop", "email");
CREATE INDEX "Conversation_shop_test_createdAt_id_idx" ON "Conversation"("shop", "test", "createdAt", "id");
CREATE INDEX "Conversation_shop_outcome_createdAt_idx" ON "Conversation"("shop", "outcome", "createdAt");
CREATE INDEX "Conversation_shop_locale_createdAt_idx" ON "Conversation"("shop", "locale", "createdAt");
CREATE INDEX "Conversation_shop_flagged_createdAt_idx" ON "Conversation"("shop", "flagged", "createdAt");
CREATE INDEX "Conversation_shop_sentiment_createdAt_idx" ON "Conversation"("shop", "sentiment", "createdAt");
CREATE INDEX "Conversation_shop_orderRelated_createdAt_idx" ON "Conversation"("shop", "orderRelated", "createdAt");
CREATE INDEX "Conversation_shop_thumbsDown_createdAt_idx" ON "Conversation"("shop", "thumbsDown", "createdAt");
CREATE INDEX "Conversation_shop_lastMessageAt_idx" ON "Conversation"("shop", "lastMessageAt");
CREATE INDEX "Conversation_shop_factsAt_idx" ON "Conversation"("shop", "factsAt");
CREATE TABLE "new_ShopSettings" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "assistant" TEXT NOT NULL DEFAULT '{}',
    "model" TEXT,
    "monthlyCapUsd" REAL,
    "anthropicKey" TEXT,
    "sensitivity" TEXT NOT NULL DEFAULT 'standard',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ShopSettings" ("anthropicKey", "assistant", "model", "monthlyCapUsd", "shop", "updatedAt") SELECT "anthropicKey", "assistant", "model", "monthlyCapUsd", "shop", "updatedAt" FROM "ShopSettings";
DROP TABLE "ShopSettings";
ALTER TABLE "new_ShopSettings" RENAME TO "ShopSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "PromptVersion_shop_version_key" ON "PromptVersion"("shop", "version");

-- CreateIndex
CREATE INDEX "StudioTestCase_shop_createdAt_idx" ON "StudioTestCase"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "ConversationProduct_shop_createdAt_idx" ON "ConversationProduct"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "AssistedOrder_shop_orderCreatedAt_idx" ON "AssistedOrder"("shop", "orderCreatedAt");

