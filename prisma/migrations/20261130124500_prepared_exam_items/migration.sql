-- The candidate's items as the exam page receives them (JSON text, no keys), prepared at publish
-- so that starting and loading the paper is one statement each (docs/exam-delivery.md).
ALTER TABLE "SessionCandidate" ADD COLUMN "examItems" TEXT;
