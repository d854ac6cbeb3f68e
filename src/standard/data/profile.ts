// Section 1 职业概况 (1.1–1.7) and the assessment rules of 1.8.2–1.8.5.
// Texts are copied verbatim from the source text; footnote markers (^①) are dropped
// and lines broken by a page footnote are rejoined.
import type { StandardInput } from "../schema";

export const profile: StandardInput["profile"] = {
  title: "电子商务师岗位职业技能标准",
  edition: "2022 年版",
  issuer: "梅州农业学校电子商务专业组",
  occupationName: "电子商务师",
  occupationNameAsWritten: "电子商务",
  occupationNameFootnote: "本职业标准仅适用于网商、跨境电子商务师两个工种。",
  definition: "在互联网及现代信息技术平台上，从事商务活动的人员。",
  levels: [
    { code: "5", name: "五级/初级工", trainingHours: 96 },
    { code: "4", name: "四级/中级工", trainingHours: 80 },
  ],
  tracks: [
    { code: "online-merchant", name: "网商" },
    { code: "cross-border", name: "跨境电子商务师" },
  ],
  environment: { text: "室内、室外。", conditions: ["室内", "室外"] },
  abilityTraits: {
    text: "具有一定的学习能力、动手能力、计算能力、语言表达能力和人际沟通能力，身心健康。",
    abilities: ["学习能力", "动手能力", "计算能力", "语言表达能力", "人际沟通能力"],
    health: "身心健康",
  },
  education: "初中毕业（或相当文化程度）",
  assessment: {
    text: "分为理论知识考试、技能考核以及综合评审。",
    modes: [
      {
        mode: "theory",
        name: "理论知识考试",
        methods: ["笔试", "机考"],
        methodsText:
          "理论知识考试主要采用笔试、机考等方式进行，主要考核从业人员从事本职业应掌握的基本要求和相关知识要求",
        requiredAtCoveredLevels: true,
      },
      {
        mode: "skill",
        name: "技能考核",
        methods: ["现场操作", "模拟操作", "机考"],
        methodsText: "技能考核主要采用现场操作、模拟操作、机考等方式进行，主要考核从业人员从事本职业应具备的技能水平",
        requiredAtCoveredLevels: true,
      },
      {
        // "主要针对技师和高级技师": levels above those this standard covers.
        mode: "review",
        name: "综合评审",
        methods: ["审阅申报材料", "答辩"],
        methodsText: "综合评审主要针对技师和高级技师，通常采取审阅申报材料、答辩等方式进行全面评议和审查。",
        requiredAtCoveredLevels: false,
      },
    ],
    passMark: 60,
    fullMark: 100,
    passText: "理论知识考试、技能考核和综合评审均实行百分制，成绩皆达60分（含）以上者为合格。",
  },
  ratios: {
    theory: {
      role: "proctor",
      maxCandidatesPerStaff: 15,
      minStaffPerRoom: 2,
      text: "理论知识考试中的监考人员与考生配比不低于1：15，且每个考场不少于2名监考人员",
    },
    skill: {
      role: "examiner",
      maxCandidatesPerStaff: 15,
      minStaff: 3,
      oddNumber: true,
      text: "技能考核中的考评人员与考生配比不低于1：15，且考评人员为3人（含）以上单数",
    },
    review: {
      role: "committee-member",
      minStaff: 3,
      oddNumber: true,
      text: "综合评审委员为3人（含）以上单数。",
    },
    text: "理论知识考试中的监考人员与考生配比不低于1：15，且每个考场不少于2名监考人员；技能考核中的考评人员与考生配比不低于1：15，且考评人员为3人（含）以上单数；综合评审委员为3人（含）以上单数。",
  },
  minMinutes: {
    theory: 90,
    skill: 90,
    review: 15,
    text: "理论知识考试时间不少于90 min，技能考核时间不少于90 min，综合评审时间不少于15 min。",
  },
  venues: {
    theory: { venues: ["standard-classroom", "computer-room"], text: "理论知识考试在标准教室或计算机教室进行" },
    skill: {
      venues: ["lan-internet-computer-room"],
      text: "技能考核根据工作要求，在可接入计算机局域网及互联网的教学设备和软件的教室进行",
    },
    review: { venues: ["standard-classroom", "meeting-room"], text: "综合评审在标准教室或会议室进行。" },
    text: "理论知识考试在标准教室或计算机教室进行；技能考核根据工作要求，在可接入计算机局域网及互联网的教学设备和软件的教室进行；综合评审在标准教室或会议室进行。",
  },
};
