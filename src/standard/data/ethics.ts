// Section 2.1 职业道德. 2.1.1 is a heading with no items in the text; 2.1.2 职业守则 has four.
import type { StandardInput } from "../schema";

export const ethics: StandardInput["ethics"] = {
  code: "2.1",
  name: "职业道德",
  basicKnowledge: { code: "2.1.1", name: "职业道德基本知识" },
  codeOfConduct: {
    code: "2.1.2",
    name: "职业守则",
    items: [
      { code: "2.1.2.1", number: 1, text: "遵纪守法，爱岗敬业。" },
      { code: "2.1.2.2", number: 2, text: "诚信为本，热情服务。" },
      { code: "2.1.2.3", number: 3, text: "保守秘密，注重安全。" },
      { code: "2.1.2.4", number: 4, text: "勇于开拓，积极创新。" },
    ],
  },
};
