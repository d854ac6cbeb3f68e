// The default list of the forbidden-words check: absolute terms (绝对化用语) that advertising must
// not use.
//
// Source of the rule: 《中华人民共和国广告法》（2015 年修订，2021 年修正）第九条第（三）项：广告不得
// “使用‘国家级’、‘最高级’、‘最佳’等用语”. The article names three terms and ends with 等; which other
// terms fall under it comes from its interpretation in enforcement: 市场监管总局《广告绝对化用语
// 执法指南》（2023 年）and the lists that e-commerce platforms apply to titles, main images and
// detail pages (superlatives with 最, rankings with 第一/NO.1/TOP1, 首/独/唯一 claims, 级/极/顶
// degree words). The list keeps to absolute terms; other prohibited content (false, medical or
// superstitious claims) is not an absolute term and is left to the examiner.
//
// The check reports each term it finds as evidence: the examiner still judges its context (the
// guide exempts, e.g., a true statement of the product's own name or a consumer tip such as
// 最佳食用期). Terms are matched after NFKC normalisation (全角 = 半角) and case-insensitively; a
// term made of Latin letters or digits must stand as a word (NO.1 in "NO.10" is not a match).

/** 广告法 第九条第（三）项 absolute terms (default of the forbidden-words check). */
export const ABSOLUTE_TERMS: readonly string[] = [
  // named by Article 9(3)
  "国家级",
  "最高级",
  "最佳",
  // 级 / degree: 执法指南 and platform lists
  "世界级",
  "全球级",
  "宇宙级",
  "顶级",
  "顶尖",
  "尖端",
  "极品",
  "极佳",
  "极致",
  "绝佳",
  "绝对",
  "终极",
  // 最: any superlative claim (最好, 最低价, 最先进 …); see the exceptions below
  "最",
  // 一 / rankings
  "第一",
  "唯一",
  "独一无二",
  "NO.1",
  "TOP1",
  "冠军",
  // 首 / 独: first-ever and exclusive claims
  "首个",
  "首家",
  "首选",
  "首发",
  "首款",
  "独家",
  "全网首发",
  // leadership claims
  "王牌",
  "领袖品牌",
  "世界领先",
  "遥遥领先",
  "史无前例",
  "前无古人",
  "绝无仅有",
  "万能",
];

/**
 * Compounds in which a term is not an absolute claim, so the term is not reported there:
 * - 第一 as an ordinal of a sequence (第一步, 第一次, 第一天 …) says where, not how good;
 *   第一名 / 第一品牌 / 销量第一 remain violations;
 * - 最 in words of time or order (最近, 最后, 最终, 最初), which make no claim about the product;
 * - consumer tips that the 执法指南 exempts (最佳食用期, 最佳赏味期, 最佳使用期);
 * - 绝对值 (mathematics), 首发车 / 首发站 (transport).
 * An author may replace this list per check (`allow`); an empty list disables it.
 */
export const ABSOLUTE_TERM_EXCEPTIONS: readonly string[] = [
  "第一步",
  "第一次",
  "第一天",
  "第一周",
  "第一期",
  "第一季",
  "第一集",
  "第一章",
  "第一节",
  "第一课",
  "第一批",
  "第一轮",
  "第一站",
  "第一届",
  "第一代",
  "第一件",
  "第一单",
  "第一层",
  "第一排",
  "第一页",
  "第一行",
  "第一列",
  "第一栏",
  "第一部分",
  "第一时间",
  "第一眼",
  "最近",
  "最后",
  "最终",
  "最初",
  "最佳食用期",
  "最佳赏味期",
  "最佳使用期",
  "绝对值",
  "首发车",
  "首发站",
];
