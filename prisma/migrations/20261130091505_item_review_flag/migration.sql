-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "reviewFlaggedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewFlaggedById" TEXT,
ADD COLUMN     "reviewReason" JSONB;

-- CreateIndex
CREATE INDEX "Item_reviewFlaggedAt_idx" ON "Item"("reviewFlaggedAt");
