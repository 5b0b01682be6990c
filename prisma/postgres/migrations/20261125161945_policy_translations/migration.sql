-- AlterTable
ALTER TABLE "Policy" ADD COLUMN     "translations" TEXT NOT NULL DEFAULT '{}';

