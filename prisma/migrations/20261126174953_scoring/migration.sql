/*
  Warnings:

  - You are about to drop the column `answeredCount` on the `Attempt` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Attempt" DROP COLUMN "answeredCount";

-- AlterTable
ALTER TABLE "ExamSession" ADD COLUMN     "adjudicationPercent" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "heavyThreshold" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "multipleRule" TEXT NOT NULL DEFAULT 'all-or-nothing',
ADD COLUMN     "panelMethod" TEXT NOT NULL DEFAULT 'mean',
ADD COLUMN     "resultsReleasedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "TheoryResult" (
    "attemptId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "byArea" JSONB NOT NULL,
    "perItem" JSONB NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "scoredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TheoryResult_pkey" PRIMARY KEY ("attemptId")
);

-- CreateTable
CREATE TABLE "SkillScore" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "taskVersionId" TEXT NOT NULL,
    "examinerId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "seq" INTEGER NOT NULL DEFAULT 0,
    "savedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SkillScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillSheet" (
    "sessionId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "taskVersionId" TEXT NOT NULL,
    "examinerId" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SkillSheet_pkey" PRIMARY KEY ("sessionId","candidateId","taskVersionId","examinerId")
);

-- CreateTable
CREATE TABLE "SkillTaskResult" (
    "sessionId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "taskVersionId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "aggregate" INTEGER NOT NULL,
    "final" INTEGER,
    "source" TEXT,
    "adjudicatedById" TEXT,
    "reason" TEXT,
    "lockedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SkillTaskResult_pkey" PRIMARY KEY ("sessionId","candidateId","taskVersionId")
);

-- CreateTable
CREATE TABLE "ScoreCorrection" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "component" TEXT NOT NULL,
    "target" TEXT,
    "oldPoints" INTEGER NOT NULL,
    "newPoints" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TheoryResult_sessionId_candidateId_key" ON "TheoryResult"("sessionId", "candidateId");

-- CreateIndex
CREATE INDEX "SkillScore_sessionId_candidateId_idx" ON "SkillScore"("sessionId", "candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "SkillScore_sessionId_candidateId_taskVersionId_examinerId_c_key" ON "SkillScore"("sessionId", "candidateId", "taskVersionId", "examinerId", "criterionId");

-- CreateIndex
CREATE INDEX "ScoreCorrection_sessionId_candidateId_idx" ON "ScoreCorrection"("sessionId", "candidateId");
