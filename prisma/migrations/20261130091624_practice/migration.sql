-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'TEACHER';

-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "use" TEXT NOT NULL DEFAULT 'secure';

-- CreateTable
CREATE TABLE "SchoolClass" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "samplesPublishedAt" TIMESTAMPTZ(3),
    "samplesPublishedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchoolClass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassMember" (
    "classId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassMember_pkey" PRIMARY KEY ("classId","candidateId")
);

-- CreateTable
CREATE TABLE "ClassTeacher" (
    "classId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "ClassTeacher_pkey" PRIMARY KEY ("classId","userId")
);

-- CreateTable
CREATE TABLE "PracticeDrill" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "scope" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PracticeDrill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeDrillItem" (
    "drillId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "itemVersionId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "content" TEXT NOT NULL,

    CONSTRAINT "PracticeDrillItem_pkey" PRIMARY KEY ("drillId","position")
);

-- CreateTable
CREATE TABLE "PracticeAnswer" (
    "id" BIGSERIAL NOT NULL,
    "candidateId" TEXT NOT NULL,
    "drillId" TEXT,
    "mockId" TEXT,
    "itemVersionId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "response" TEXT[],
    "correct" BOOLEAN NOT NULL,
    "seq" INTEGER NOT NULL,
    "answeredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PracticeAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeMistake" (
    "candidateId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "wrongCount" INTEGER NOT NULL DEFAULT 1,
    "rightStreak" INTEGER NOT NULL DEFAULT 0,
    "state" TEXT NOT NULL DEFAULT 'open',
    "firstWrongAt" TIMESTAMPTZ(3) NOT NULL,
    "lastWrongAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PracticeMistake_pkey" PRIMARY KEY ("candidateId","itemId")
);

-- CreateTable
CREATE TABLE "PracticeMock" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedBy" TEXT,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER,
    "byArea" JSONB,
    "passed" BOOLEAN,

    CONSTRAINT "PracticeMock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeMockItem" (
    "mockId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "itemVersionId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "optionOrder" TEXT[],

    CONSTRAINT "PracticeMockItem_pkey" PRIMARY KEY ("mockId","position")
);

-- CreateTable
CREATE TABLE "PracticeMockAnswer" (
    "mockId" TEXT NOT NULL,
    "itemVersionId" TEXT NOT NULL,
    "response" TEXT[],
    "seq" INTEGER NOT NULL,
    "savedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PracticeMockAnswer_pkey" PRIMARY KEY ("mockId","itemVersionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SchoolClass_name_key" ON "SchoolClass"("name");

-- CreateIndex
CREATE INDEX "ClassMember_candidateId_idx" ON "ClassMember"("candidateId");

-- CreateIndex
CREATE INDEX "ClassTeacher_userId_idx" ON "ClassTeacher"("userId");

-- CreateIndex
CREATE INDEX "PracticeDrill_candidateId_createdAt_idx" ON "PracticeDrill"("candidateId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeDrillItem_drillId_itemVersionId_key" ON "PracticeDrillItem"("drillId", "itemVersionId");

-- CreateIndex
CREATE INDEX "PracticeAnswer_candidateId_content_answeredAt_idx" ON "PracticeAnswer"("candidateId", "content", "answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeAnswer_drillId_itemVersionId_key" ON "PracticeAnswer"("drillId", "itemVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeAnswer_mockId_itemVersionId_key" ON "PracticeAnswer"("mockId", "itemVersionId");

-- CreateIndex
CREATE INDEX "PracticeMistake_candidateId_state_idx" ON "PracticeMistake"("candidateId", "state");

-- CreateIndex
CREATE INDEX "PracticeMock_candidateId_startedAt_idx" ON "PracticeMock"("candidateId", "startedAt");

-- CreateIndex
CREATE INDEX "PracticeMock_status_deadline_idx" ON "PracticeMock"("status", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeMockItem_mockId_itemVersionId_key" ON "PracticeMockItem"("mockId", "itemVersionId");

-- CreateIndex
CREATE INDEX "Item_use_idx" ON "Item"("use");

-- AddForeignKey
ALTER TABLE "ClassMember" ADD CONSTRAINT "ClassMember_classId_fkey" FOREIGN KEY ("classId") REFERENCES "SchoolClass"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassTeacher" ADD CONSTRAINT "ClassTeacher_classId_fkey" FOREIGN KEY ("classId") REFERENCES "SchoolClass"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeDrillItem" ADD CONSTRAINT "PracticeDrillItem_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "PracticeDrill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeMockItem" ADD CONSTRAINT "PracticeMockItem_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "PracticeMock"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeMockAnswer" ADD CONSTRAINT "PracticeMockAnswer_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "PracticeMock"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The demo bank's sample items are published with the source code: they cannot be secure.
UPDATE "Item" SET "use" = 'both' WHERE "sample" = true;
