-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "factsAt" TIMESTAMP(3),
ADD COLUMN     "orderRelated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sentiment" TEXT,
ADD COLUMN     "test" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "thumbsDown" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "topic" TEXT;

-- AlterTable
ALTER TABLE "ShopSettings" ADD COLUMN     "sensitivity" TEXT NOT NULL DEFAULT 'standard';

-- CreateTable
CREATE TABLE "PromptVersion" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "settings" TEXT NOT NULL,
    "author" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PromptVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromptDraft" (
    "shop" TEXT NOT NULL,
    "settings" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL DEFAULT 0,
    "author" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PromptDraft_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "StudioTestCase" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "case" TEXT NOT NULL,
    "sourceMessageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudioTestCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationProduct" (
    "conversationId" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "shown" BOOLEAN NOT NULL DEFAULT false,
    "recommended" BOOLEAN NOT NULL DEFAULT false,
    "addToCart" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationProduct_pkey" PRIMARY KEY ("conversationId","handle")
);

-- CreateTable
CREATE TABLE "AssistedOrder" (
    "shop" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "conversationId" TEXT,
    "revenue" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "items" INTEGER NOT NULL DEFAULT 0,
    "orderCreatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssistedOrder_pkey" PRIMARY KEY ("shop","orderId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PromptVersion_shop_version_key" ON "PromptVersion"("shop", "version");

-- CreateIndex
CREATE INDEX "StudioTestCase_shop_createdAt_idx" ON "StudioTestCase"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "ConversationProduct_shop_createdAt_idx" ON "ConversationProduct"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "AssistedOrder_shop_orderCreatedAt_idx" ON "AssistedOrder"("shop", "orderCreatedAt");

-- CreateIndex
CREATE INDEX "Conversation_shop_test_createdAt_id_idx" ON "Conversation"("shop", "test", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Conversation_shop_outcome_createdAt_idx" ON "Conversation"("shop", "outcome", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_shop_locale_createdAt_idx" ON "Conversation"("shop", "locale", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_shop_flagged_createdAt_idx" ON "Conversation"("shop", "flagged", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_shop_sentiment_createdAt_idx" ON "Conversation"("shop", "sentiment", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_shop_orderRelated_createdAt_idx" ON "Conversation"("shop", "orderRelated", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_shop_thumbsDown_createdAt_idx" ON "Conversation"("shop", "thumbsDown", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_shop_lastMessageAt_idx" ON "Conversation"("shop", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_shop_factsAt_idx" ON "Conversation"("shop", "factsAt");

