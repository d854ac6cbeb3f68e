-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "skillPlanId" TEXT,
ALTER COLUMN "paperId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "SessionCandidate" ADD COLUMN     "blindCode" TEXT;

-- AlterTable
ALTER TABLE "TaskVersion" ADD COLUMN     "deliverables" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mime" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskMaterial" (
    "taskVersionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "fileId" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "TaskMaterial_pkey" PRIMARY KEY ("taskVersionId","position")
);

-- CreateTable
CREATE TABLE "DeliverableAnswer" (
    "attemptId" TEXT NOT NULL,
    "taskVersionId" TEXT NOT NULL,
    "deliverableId" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "seq" INTEGER NOT NULL,
    "savedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeliverableAnswer_pkey" PRIMARY KEY ("attemptId","taskVersionId","deliverableId")
);

-- CreateTable
CREATE TABLE "SubmissionFile" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "taskVersionId" TEXT NOT NULL,
    "deliverableId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "replacedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckResult" (
    "attemptId" TEXT NOT NULL,
    "taskVersionId" TEXT NOT NULL,
    "deliverableId" TEXT NOT NULL,
    "checkIndex" INTEGER NOT NULL,
    "result" JSONB NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CheckResult_pkey" PRIMARY KEY ("attemptId","taskVersionId","deliverableId","checkIndex")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionFile_fileId_key" ON "SubmissionFile"("fileId");

-- CreateIndex
CREATE INDEX "SubmissionFile_attemptId_taskVersionId_deliverableId_idx" ON "SubmissionFile"("attemptId", "taskVersionId", "deliverableId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionCandidate_sessionId_blindCode_key" ON "SessionCandidate"("sessionId", "blindCode");

-- AddForeignKey
ALTER TABLE "TaskMaterial" ADD CONSTRAINT "TaskMaterial_taskVersionId_fkey" FOREIGN KEY ("taskVersionId") REFERENCES "TaskVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskMaterial" ADD CONSTRAINT "TaskMaterial_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverableAnswer" ADD CONSTRAINT "DeliverableAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionFile" ADD CONSTRAINT "SubmissionFile_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionFile" ADD CONSTRAINT "SubmissionFile_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

