-- CreateIndex
CREATE INDEX "Conversation_shop_createdAt_test_outcome_topic_locale_thumbsDown_idx" ON "Conversation"("shop", "createdAt", "test", "outcome", "topic", "locale", "thumbsDown");

-- CreateIndex
CREATE INDEX "ConversationProduct_shop_createdAt_handle_shown_recommended_addToCart_idx" ON "ConversationProduct"("shop", "createdAt", "handle", "shown", "recommended", "addToCart");

