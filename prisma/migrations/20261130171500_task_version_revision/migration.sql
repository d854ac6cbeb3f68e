-- AlterTable
ALTER TABLE "TaskVersion" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;
