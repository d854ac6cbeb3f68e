// Section 3.1 五级/初级工 of the standard: work contents with their skill
// (技能要求) and knowledge (相关知识要求) items, wording copied verbatim from
// src/standard/source/电子商务师职业技能标准-2022.txt. Tracks: see docs/standard.md.
import type { WorkContentInput } from "../schema";

const BOTH = ["online-merchant", "cross-border"] as const;
const OM = ["online-merchant"] as const;
const CB = ["cross-border"] as const;

export const level5WorkContents: WorkContentInput[] = [
  {
    // unmarked: both tracks
    level: "5",
    duty: "1",
    code: "1.1",
    name: "文字资料采编",
    tracks: [...BOTH],
    skills: [
      { code: "1.1.1", text: "能根据发布要求进行产品及服务文字信息录入" },
      { code: "1.1.2", text: "能根据电子商务平台要求整理产品及服务文字信息" },
    ],
    knowledge: [
      { code: "1.1.1", text: "电子商务平台产品及服务文字信息发布要求" },
      { code: "1.1.2", text: "产品及服务文字信息录入注意事项" },
      { code: "1.1.3", text: "产品及服务文字信息整理方法" },
    ],
  },
  {
    // unmarked: both tracks
    level: "5",
    duty: "1",
    code: "1.2",
    name: "图片拍摄与处理",
    tracks: [...BOTH],
    skills: [
      { code: "1.2.1", text: "能根据电子商务平台对图片的要求，使用拍摄器材进行产品及服务图片拍摄" },
      { code: "1.2.2", text: "能根据电子商务平台对图片的要求，使用图片快捷处理工具进行产品及服务图片处理" },
    ],
    knowledge: [
      { code: "1.2.1", text: "电子商务平台对产品及服务图片的要求" },
      { code: "1.2.2", text: "产品及服务图片拍摄基本技巧" },
      { code: "1.2.3", text: "产品及服务图片快捷处理工具" },
      { code: "1.2.4", text: "产品及服务图片处理基本技巧" },
    ],
  },
  {
    // unmarked: both tracks
    level: "5",
    duty: "1",
    code: "1.3",
    name: "视频拍摄与处理",
    tracks: [...BOTH],
    skills: [
      { code: "1.3.1", text: "能按照电子商务平台对视频内容和格式的要求，使用拍摄器材进行产品及服务视频拍摄" },
      { code: "1.3.2", text: "能按照电子商务平台对视频内容和格式的要求，使用视频快捷处理工具进行产品及服务视频处理" },
    ],
    knowledge: [
      { code: "1.3.1", text: "电子商务平台对产品及服务视频的要求" },
      { code: "1.3.2", text: "产品及服务视频拍摄基本技巧" },
      { code: "1.3.3", text: "产品及服务视频快捷处理工具" },
      { code: "1.3.4", text: "产品及服务视频处理基本技巧" },
    ],
  },
  {
    // marked "网商" in the text
    level: "5",
    duty: "2",
    code: "2.1",
    name: "店铺注册及认证",
    tracks: [...OM],
    skills: [
      { code: "2.1.1", text: "能根据电子商务平台要求, 完成店铺注册" },
      { code: "2.1.2", text: "能根据电子商务平台要求, 完成店铺认证" },
      { code: "2.1.3", text: "能根据电子商务平台要求, 完成店铺基本信息设置" },
    ],
    knowledge: [
      { code: "2.1.1", text: "店铺注册流程及注意事项" },
      { code: "2.1.2", text: "店铺认证流程及注意事项" },
      { code: "2.1.3", text: "店铺基本信息设置要求" },
    ],
  },
  {
    // inherits "网商" from an earlier row of duty 2
    level: "5",
    duty: "2",
    code: "2.2",
    name: "商品信息设置及发布",
    tracks: [...OM],
    skills: [
      { code: "2.2.1", text: "能根据商品资料, 录入商品销售信息并发布" },
      { code: "2.2.2", text: "能根据商品资料, 录入图文描述信息并发布" },
      { code: "2.2.3", text: "能根据店铺要求, 录入物流信息并发布" },
      { code: "2.2.4", text: "能根据店铺要求, 录入售后服务信息并发布" },
    ],
    knowledge: [
      { code: "2.2.1", text: "商品销售信息的填写要点" },
      { code: "2.2.2", text: "图文描述信息发布要求" },
      { code: "2.2.3", text: "物流信息模板设置方法" },
      { code: "2.2.4", text: "售后服务信息设置及注意事项" },
    ],
  },
  {
    // marked "跨境电商电子商务师" in the text
    level: "5",
    duty: "2",
    code: "2.3",
    name: "跨境电商网店信息设置",
    tracks: [...CB],
    skills: [
      { code: "2.3.1", text: "能根据账户资料, 结合跨境电商平台要求, 设置店铺账户信息" },
      { code: "2.3.2", text: "能根据店铺资料, 结合跨境电商平台要求, 设置店铺信息" },
      { code: "2.3.3", text: "能根据商品分类信息, 设置店铺商品分类栏目" },
      { code: "2.3.4", text: "能根据运费组合方案, 设置店铺运费模板" },
    ],
    knowledge: [
      { code: "2.3.1", text: "店铺账户信息设置内容" },
      { code: "2.3.2", text: "店铺信息撰写技巧" },
      { code: "2.3.3", text: "商品分类创建方法" },
      { code: "2.3.4", text: "运费模板设置及注意事项" },
    ],
  },
  {
    // marked "跨境电商电子商务师" in the text
    level: "5",
    duty: "2",
    code: "2.4",
    name: "跨境电商商品发布",
    tracks: [...CB],
    skills: [
      { code: "2.4.1", text: "能根据跨境电商平台商品标题撰写规则, 结合商品信息, 发布商品标题" },
      { code: "2.4.2", text: "能根据平台属性填写规范, 结合商品信息, 发布商品属性" },
      { code: "2.4.3", text: "能根据平台图片发布规则, 上传商品图片" },
      { code: "2.4.4", text: "能根据跨境电商平台详情描述设置规则, 发布商品详情描述" },
    ],
    knowledge: [
      { code: "2.4.1", text: "跨境电商地域及文化基础知识" },
      { code: "2.4.2", text: "标题撰写规则" },
      { code: "2.4.3", text: "属性填写规范" },
      { code: "2.4.4", text: "图片发布规则" },
      { code: "2.4.5", text: "详情描述设置规则" },
    ],
  },
  {
    // marked "网商" in the text
    level: "5",
    duty: "3",
    code: "3.1",
    name: "图文、短视频内容推广",
    tracks: [...OM],
    skills: [
      { code: "3.1.1", text: "能根据图文的呈现形式和受众群体, 选择合适的图文发布渠道, 完成图文发布" },
      { code: "3.1.2", text: "能根据短视频的呈现形式和受众群体, 选择合适的短视频发布渠道, 完成短视频发布" },
    ],
    knowledge: [
      { code: "3.1.1", text: "图文发布渠道及其特性" },
      { code: "3.1.2", text: "短视频发布渠道及其特性" },
    ],
  },
  {
    // inherits "网商" from an earlier row of duty 3
    level: "5",
    duty: "3",
    code: "3.2",
    name: "直播推广",
    tracks: [...OM],
    skills: [
      { code: "3.2.1", text: "能根据直播平台要求注册网络直播账号" },
      { code: "3.2.2", text: "能根据直播活动内容进行直播前引流" },
      { code: "3.2.3", text: "能通过商品介绍和直播活动引导观众购买" },
      { code: "3.2.4", text: "能在直播中与观众进行互动, 提高观众活跃度, 引导观众关注直播间和分享直播间" },
    ],
    knowledge: [
      { code: "3.2.1", text: "直播平台类型及特点" },
      { code: "3.2.2", text: "直播前引流方法及技巧" },
      { code: "3.2.3", text: "商品直播的展示及介绍方法" },
      { code: "3.2.4", text: "引导观众关注和分享直播间的方法及技巧" },
    ],
  },
  {
    // marked "网商" in the text
    level: "5",
    duty: "4",
    code: "4.1",
    name: "订单操作",
    tracks: [...OM],
    skills: [
      { code: "4.1.1", text: "能根据电子商务平台规则进行网络商品订单查询" },
      { code: "4.1.2", text: "能根据电子商务平台规则进行网络商品订单确认" },
    ],
    knowledge: [
      { code: "4.1.1", text: "网络商品订单内容" },
      { code: "4.1.2", text: "网络商品订单处理流程" },
      { code: "4.1.3", text: "网络商品订单处理及注意事项" },
    ],
  },
  {
    // inherits "网商" from an earlier row of duty 4
    level: "5",
    duty: "4",
    code: "4.2",
    name: "物流操作",
    tracks: [...OM],
    skills: [
      { code: "4.2.1", text: "能根据网店订单进行商品库存查询" },
      { code: "4.2.2", text: "能根据网店订单进行商品发货处理" },
    ],
    knowledge: [
      { code: "4.2.1", text: "商品安全库存" },
      { code: "4.2.2", text: "第三方物流选择标准" },
      { code: "4.2.3", text: "第三方物流联络技巧" },
    ],
  },
  {
    // marked "跨境电子商务师" in the text
    level: "5",
    duty: "4",
    code: "4.3",
    name: "跨境电商订单基础操作",
    tracks: [...CB],
    skills: [
      { code: "4.3.1", text: "能根据跨境电商订单状态，完成不同类型订单的筛选" },
      { code: "4.3.2", text: "能根据海外客户要求，结合订单内容，修改已生成订单信息" },
      { code: "4.3.3", text: "能根据海外客户要求，结合订单状态，延长订单收货时间" },
    ],
    knowledge: [
      { code: "4.3.1", text: "国际贸易相关知识" },
      { code: "4.3.2", text: "订单类型" },
      { code: "4.3.3", text: "订单的基本内容" },
      { code: "4.3.4", text: "平台订单管理规则" },
    ],
  },
  {
    // inherits "跨境电子商务师" from an earlier row of duty 4
    level: "5",
    duty: "4",
    code: "4.4",
    name: "跨境电商商品发货处理",
    tracks: [...CB],
    skills: [
      { code: "4.4.1", text: "能根据跨境电商订单要求和商品特点，选择合适的物流方式，及时完成线下发货" },
      { code: "4.4.2", text: "能根据跨境电商订单要求，通过跨境电商平台，及时完成线上发货" },
      { code: "4.4.3", text: "能根据跨境电商订单要求，按照合同约定时间，准时完成信保订单发货" },
    ],
    knowledge: [
      { code: "4.4.1", text: "物流方式的选择依据" },
      { code: "4.4.2", text: "发货规则及流程" },
      { code: "4.4.3", text: "商品发货注意事项" },
    ],
  },
  {
    // unmarked; duty 5 has no weight (—) for 跨境 at level 5
    level: "5",
    duty: "5",
    code: "5.1",
    name: "客户接待与沟通",
    tracks: [...OM],
    skills: [
      { code: "5.1.1", text: "能根据客户服务原则，接待来访的网络客户" },
      { code: "5.1.2", text: "能根据客户服务话术规范，与网络客户进行沟通" },
    ],
    knowledge: [
      { code: "5.1.1", text: "网络客户服务原则" },
      { code: "5.1.2", text: "网络客户服务话术规范" },
      { code: "5.1.3", text: "网络客户接待要求" },
      { code: "5.1.4", text: "网络客户沟通方法" },
    ],
  },
  {
    // unmarked; duty 5 has no weight (—) for 跨境 at level 5
    level: "5",
    duty: "5",
    code: "5.2",
    name: "客户交易促成",
    tracks: [...OM],
    skills: [
      { code: "5.2.1", text: "能根据与客户的交谈情况进行商品推荐" },
      { code: "5.2.2", text: "能根据客户需求对未付款订单进行催付" },
      { code: "5.2.3", text: "能根据客户需求进行商品关联销售" },
    ],
    knowledge: [
      { code: "5.2.1", text: "商品推荐原则" },
      { code: "5.2.2", text: "商品推荐策略" },
      { code: "5.2.3", text: "订单催付技巧" },
      { code: "5.2.4", text: "关联销售技巧" },
    ],
  },
  {
    // unmarked; duty 5 has no weight (—) for 跨境 at level 5
    level: "5",
    duty: "5",
    code: "5.3",
    name: "客户问题处理",
    tracks: [...OM],
    skills: [
      { code: "5.3.1", text: "能根据客户需求对客户提出的商品相关问题进行处理" },
      { code: "5.3.2", text: "能根据客户需求对客户提出的物流相关问题进行处理" },
    ],
    knowledge: [
      { code: "5.3.1", text: "商品问题类型" },
      { code: "5.3.2", text: "物流问题类型" },
      { code: "5.3.3", text: "商品问题处理的方法和技巧" },
      { code: "5.3.4", text: "物流问题处理的方法和技巧" },
    ],
  },
  {
    // unmarked: both tracks
    level: "5",
    duty: "6",
    code: "6.1",
    name: "电子商务数据获取",
    tracks: [...BOTH],
    skills: [
      { code: "6.1.1", text: "能使用网店后台获取网店的基础数据" },
      { code: "6.1.2", text: "能通过访问第三方数据平台获取电子商务行业的基础数据" },
      { code: "6.1.3", text: "能通过公开数据渠道获取竞争对手的电子商务基础数据" },
    ],
    knowledge: [
      { code: "6.1.1", text: "网店后台使用方法" },
      { code: "6.1.2", text: "第三方数据平台访问方法" },
      { code: "6.1.3", text: "商务网站访问方法" },
      { code: "6.1.4", text: "电子商务的基础数据内容" },
    ],
  },
  {
    // unmarked: both tracks
    level: "5",
    duty: "6",
    code: "6.2",
    name: "电子商务数据整理",
    tracks: [...BOTH],
    skills: [
      { code: "6.2.1", text: "能使用电子表格整理网店电子商务的基础数据" },
      { code: "6.2.2", text: "能使用电子表格整理行业电子商务的基础数据" },
      { code: "6.2.3", text: "能使用电子表格整理竞争对手电子商务的基础数据" },
    ],
    knowledge: [
      { code: "6.2.1", text: "电子表格使用方法" },
      { code: "6.2.2", text: "电子商务基础数据整理方法" },
    ],
  },
];
