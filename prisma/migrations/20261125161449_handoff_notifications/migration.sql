-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Handoff" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "notifiedAt" DATETIME,
    "notifyAttempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Handoff" ("conversationId", "createdAt", "email", "id", "question", "shop", "status", "updatedAt") SELECT "conversationId", "createdAt", "email", "id", "question", "shop", "status", "updatedAt" FROM "Handoff";
DROP TABLE "Handoff";
ALTER TABLE "new_Handoff" RENAME TO "Handoff";
CREATE INDEX "Handoff_shop_status_createdAt_idx" ON "Handoff"("shop", "status", "createdAt");
CREATE INDEX "Handoff_status_notifiedAt_createdAt_idx" ON "Handoff"("status", "notifiedAt", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

