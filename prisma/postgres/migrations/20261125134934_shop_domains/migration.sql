-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "domains" TEXT NOT NULL DEFAULT '[]';

