// 1.8.1 申报条件. Rule texts verbatim with footnote markers (^①^②^③) removed; the last
// rule is rejoined across the page break. Footnotes ② and ③ give the two open lists.
import type { StandardInput } from "../schema";

export const eligibility: StandardInput["eligibility"] = {
  intro: {
    "5": "具备以下条件之一者，可申报五级/初级工：",
    "4": "具备以下条件之一者，可申报四级/中级工：",
  },
  rules: [
    { id: "L5-1", level: "5", number: 1, text: "累计从事本职业或相关职业工作 1 年（含）以上。" },
    { id: "L5-2", level: "5", number: 2, text: "本职业或相关职业学徒期满。" },
    {
      id: "L4-1",
      level: "4",
      number: 1,
      text: "取得本职业或相关职业五级/初级工职业资格证书（技能等级证书）后，累计从事本职业或相关职业工作 4 年（含）以上。",
    },
    { id: "L4-2", level: "4", number: 2, text: "累计从事本职业或相关职业工作 6 年（含）以上。" },
    {
      id: "L4-3",
      level: "4",
      number: 3,
      text: "取得技工学校本专业或相关专业毕业证书（含尚未取得毕业证书的在校应届毕业生）；或取得经评估论证、以中级技能为培养目标的中等及以上职业学校本专业或相关专业毕业证书（含尚未取得毕业证书的在校应届毕业生）。",
    },
  ],
  thisOccupation: "电子商务师",
  relatedOccupations: [
    "营销员",
    "商品营业员",
    "摊商",
    "互联网营销师",
    "连锁经营管理师",
    "采购员",
    "市场营销专业人员",
    "商务策划专业人员",
    "全媒体运营师",
    "数字化管理师",
    "物流服务员",
    "广告设计师",
    "商业摄影师",
    "客户服务管理员",
    "呼叫中心服务员",
    "网约配送员",
    "易货师",
  ],
  relatedOccupationsOpen: true,
  relatedOccupationsText:
    "相关职业：营销员、商品营业员、摊商、互联网营销师、连锁经营管理师、采购员、市场营销专业人员、商务策划专业人员、全媒体运营师、数字化管理师、物流服务员、广告设计师、商业摄影师、客户服务管理员、呼叫中心服务员、网约配送员、易货师等，下同。",
  relatedMajors: ["电子商务", "跨境电子商务", "市场营销", "网络营销", "连锁经营与管理", "国际贸易", "工商企业管理"],
  relatedMajorsOpen: true,
  relatedMajorsText: "技工学校本专业或相关专业：电子商务、跨境电子商务、市场营销、网络营销、连锁经营与管理、国际贸易、工商企业管理等。",
};
