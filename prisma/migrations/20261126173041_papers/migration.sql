-- CreateTable
CREATE TABLE "Paper" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "form" TEXT,
    "formGroup" TEXT,
    "structure" JSONB NOT NULL,
    "blueprint" JSONB NOT NULL,
    "conformance" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Paper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperItem" (
    "paperId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "itemVersionId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "points" INTEGER NOT NULL,

    CONSTRAINT "PaperItem_pkey" PRIMARY KEY ("paperId","position")
);

-- CreateTable
CREATE TABLE "SkillPlan" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "duties" JSONB NOT NULL,
    "conformance" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SkillPlan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Paper_level_track_idx" ON "Paper"("level", "track");

-- CreateIndex
CREATE INDEX "PaperItem_itemVersionId_idx" ON "PaperItem"("itemVersionId");

-- AddForeignKey
ALTER TABLE "PaperItem" ADD CONSTRAINT "PaperItem_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperItem" ADD CONSTRAINT "PaperItem_itemVersionId_fkey" FOREIGN KEY ("itemVersionId") REFERENCES "ItemVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
