-- CreateTable
CREATE TABLE "CandidatePhoto" (
    "candidateId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "cropped" BOOLEAN NOT NULL DEFAULT false,
    "importBatchId" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CandidatePhoto_pkey" PRIMARY KEY ("candidateId")
);

-- CreateTable
CREATE TABLE "CertificateSequence" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "CertificateSequence_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "validFor" TEXT,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "theoryScore" INTEGER NOT NULL,
    "skillScore" INTEGER NOT NULL,
    "theorySessionId" TEXT NOT NULL,
    "skillSessionId" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "issuedById" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'valid',
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" TEXT,
    "revokeReason" TEXT,
    "flaggedAt" TIMESTAMPTZ(3),
    "flagReason" TEXT,
    "replacesId" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationLookup" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "address" TEXT NOT NULL,
    "found" BOOLEAN NOT NULL,

    CONSTRAINT "VerificationLookup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreReview" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "reviewerId" TEXT,
    "startedAt" TIMESTAMPTZ(3),
    "startedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "outcome" TEXT,
    "oldScore" INTEGER,
    "newScore" INTEGER,

    CONSTRAINT "ScoreReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_number_key" ON "Certificate"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_validFor_key" ON "Certificate"("validFor");

-- CreateIndex
CREATE INDEX "Certificate_candidateId_idx" ON "Certificate"("candidateId");

-- CreateIndex
CREATE INDEX "Certificate_issuedAt_idx" ON "Certificate"("issuedAt");

-- CreateIndex
CREATE INDEX "VerificationLookup_address_at_idx" ON "VerificationLookup"("address", "at");

-- CreateIndex
CREATE INDEX "ScoreReview_status_idx" ON "ScoreReview"("status");

-- CreateIndex
CREATE INDEX "ScoreReview_reviewerId_idx" ON "ScoreReview"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreReview_sessionId_candidateId_key" ON "ScoreReview"("sessionId", "candidateId");

-- CreateIndex
CREATE INDEX "Notification_userId_at_idx" ON "Notification"("userId", "at");
