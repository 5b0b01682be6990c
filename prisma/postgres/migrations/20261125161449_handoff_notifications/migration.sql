-- AlterTable
ALTER TABLE "Handoff" ADD COLUMN     "notifiedAt" TIMESTAMP(3),
ADD COLUMN     "notifyAttempts" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Handoff_status_notifiedAt_createdAt_idx" ON "Handoff"("status", "notifiedAt", "createdAt");

