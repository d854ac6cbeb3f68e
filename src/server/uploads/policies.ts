// The upload purposes of the platform: each module imported here registers its UploadPolicy
// (registerUploadPolicy) when loaded. The upload endpoint imports this file, so a purpose is
// known in every process that serves uploads (the launcher's front server and Next.js).
import "../skill/attempt/upload-policy"; // purpose "skill-deliverable"
