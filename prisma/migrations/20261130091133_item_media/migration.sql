-- CreateTable
CREATE TABLE "ItemMedia" (
    "sha256" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemMedia_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "ItemVersionMedia" (
    "itemVersionId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,

    CONSTRAINT "ItemVersionMedia_pkey" PRIMARY KEY ("itemVersionId","sha256")
);

-- CreateIndex
CREATE INDEX "ItemVersionMedia_sha256_idx" ON "ItemVersionMedia"("sha256");

-- AddForeignKey
ALTER TABLE "ItemVersionMedia" ADD CONSTRAINT "ItemVersionMedia_itemVersionId_fkey" FOREIGN KEY ("itemVersionId") REFERENCES "ItemVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemVersionMedia" ADD CONSTRAINT "ItemVersionMedia_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "ItemMedia"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;
