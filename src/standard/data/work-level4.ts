// Section 3.2 四级/中级工 of the standard: work contents with their skill
// (技能要求) and knowledge (相关知识要求) items, wording copied verbatim from
// src/standard/source/电子商务师职业技能标准-2022.txt. Tracks: see docs/standard.md.
import type { WorkContentInput } from "../schema";

const BOTH = ["online-merchant", "cross-border"] as const;
const OM = ["online-merchant"] as const;
const CB = ["cross-border"] as const;

export const level4WorkContents: WorkContentInput[] = [
  {
    // unmarked: both tracks
    level: "4",
    duty: "1",
    code: "1.1",
    name: "文字资料采编",
    tracks: [...BOTH],
    skills: [
      { code: "1.1.1", text: "能根据电子商务平台发布要求进行产品及服务文字信息采集" },
      { code: "1.1.2", text: "能根据电子商务平台要求撰写产品及服务文字信息" },
    ],
    knowledge: [
      { code: "1.1.1", text: "产品及服务文字信息采集途径" },
      { code: "1.1.2", text: "产品及服务文字信息采集方法" },
      { code: "1.1.3", text: "产品及服务文字信息撰写注意事项" },
      { code: "1.1.4", text: "产品及服务文字信息撰写技巧" },
    ],
  },
  {
    // unmarked: both tracks
    level: "4",
    duty: "1",
    code: "1.2",
    name: "图片拍摄与处理",
    tracks: [...BOTH],
    skills: [
      { code: "1.2.1", text: "能根据电子商务平台对图片的要求, 进行产品及服务图片拍摄方式、拍摄器材、处理软件的选择" },
      { code: "1.2.2", text: "能根据电子商务平台对图片的要求, 协调产品及服务图片的委托拍摄和处理工作" },
    ],
    knowledge: [
      { code: "1.2.1", text: "产品及服务图片拍摄方式选择规则" },
      { code: "1.2.2", text: "产品及服务拍摄器材的种类与特点" },
      { code: "1.2.3", text: "产品及服务图片拍摄原则" },
      { code: "1.2.4", text: "产品及服务图片处理原则" },
    ],
  },
  {
    // unmarked: both tracks
    level: "4",
    duty: "1",
    code: "1.3",
    name: "视频拍摄与处理",
    tracks: [...BOTH],
    skills: [
      { code: "1.3.1", text: "能根据电子商务平台对视频的要求, 进行产品及服务视频拍摄方式、拍摄器材、处理软件的选择" },
      { code: "1.3.2", text: "能按照电子商务平台对视频的要求, 协调产品及服务视频的委托拍摄和处理工作" },
    ],
    knowledge: [
      { code: "1.3.1", text: "产品及服务视频拍摄方式选择原则" },
      { code: "1.3.2", text: "视频拍摄器材的种类与特点" },
      { code: "1.3.3", text: "产品及服务视频拍摄原则" },
      { code: "1.3.4", text: "产品及服务视频处理原则" },
    ],
  },
  {
    // marked "网商" in the text
    level: "4",
    duty: "2",
    code: "2.1",
    name: "装修元素制作",
    tracks: [...OM],
    skills: [
      { code: "2.1.1", text: "能根据网店文案要求设计制作网店文案" },
      { code: "2.1.2", text: "能根据网店图片要求设计制作网店图片" },
      { code: "2.1.3", text: "能根据网店视频要求设计制作网店视频" },
    ],
    knowledge: [
      { code: "2.1.1", text: "网店文案制作技巧" },
      { code: "2.1.2", text: "网店图片制作技巧" },
      { code: "2.1.3", text: "网店视频制作技巧" },
    ],
  },
  {
    // inherits "网商" from an earlier row of duty 2
    level: "4",
    duty: "2",
    code: "2.2",
    name: "用户页面装修",
    tracks: [...OM],
    skills: [
      { code: "2.2.1", text: "能根据首页设计进行网店首页装修" },
      { code: "2.2.2", text: "能根据详情页设计进行商品详情页装修" },
      { code: "2.2.3", text: "能根据自定义页设计进行网店自定义页装修" },
    ],
    knowledge: [
      { code: "2.2.1", text: "网店首页装修方法" },
      { code: "2.2.2", text: "网店详情页装修方法" },
      { code: "2.2.3", text: "网店自定义页装修方法" },
    ],
  },
  {
    // marked "跨境电商电子商务师" in the text
    level: "4",
    duty: "2",
    code: "2.3",
    name: "跨境电商网店首页设计与制作",
    tracks: [...CB],
    skills: [
      { code: "2.3.1", text: "能根据跨境电商网店 logo 设计规范, 结合店铺海外市场定位, 设计并制作网店 logo" },
      { code: "2.3.2", text: "能根据网店首页 banner 设计规范, 结合商品推荐主题, 设计并制作跨境电商网店首页 banner" },
      { code: "2.3.3", text: "能根据网店首页店招设计规范, 结合跨境电商网店首页风格, 设计并制作网店首页店招" },
    ],
    knowledge: [
      { code: "2.3.1", text: "网店 logo 的类型" },
      { code: "2.3.2", text: "网店 logo 设计技巧" },
      { code: "2.3.3", text: "网店首页 banner 设计规范" },
      { code: "2.3.4", text: "网店首页店招设计规范" },
    ],
  },
  {
    // inherits "跨境电商电子商务师" from an earlier row of duty 2
    level: "4",
    duty: "2",
    code: "2.4",
    name: "跨境电商商品详情页设计与制作",
    tracks: [...CB],
    skills: [
      { code: "2.4.1", text: "能根据商品主图设计规范, 设计与制作商品主图" },
      { code: "2.4.2", text: "能根据商品辅图设计规范, 设计与制作商品辅图" },
      { code: "2.4.3", text: "能根据商品详情描述图片设计规范, 设计与制作商品详情描述图片" },
      { code: "2.4.4", text: "能根据商品详情页设计规范, 完成商品详情页图文混排" },
    ],
    knowledge: [
      { code: "2.4.1", text: "商品详情页构成" },
      { code: "2.4.2", text: "商品主图设计规范" },
      { code: "2.4.3", text: "商品辅图设计规范" },
      { code: "2.4.4", text: "商品详情描述图片设计规范" },
      { code: "2.4.5", text: "商品详情页设计规范" },
    ],
  },
  {
    // inherits "跨境电商电子商务师" from an earlier row of duty 2
    level: "4",
    duty: "2",
    code: "2.5",
    name: "营销活动页设计与制作",
    tracks: [...CB],
    skills: [
      { code: "2.5.1", text: "能根据节日主题, 设计与制作节日营销活动页" },
      { code: "2.5.2", text: "能根据促销活动主题, 结合促销活动商品, 设计与制作促销活动页" },
      { code: "2.5.3", text: "能根据店铺会员活动规则, 设计与制作会员活动页" },
    ],
    knowledge: [
      { code: "2.5.1", text: "节日活动主题类型" },
      { code: "2.5.2", text: "促销活动页设计技巧" },
      { code: "2.5.3", text: "会员活动页设计方法" },
    ],
  },
  {
    // inherits "跨境电商电子商务师" from an earlier row of duty 2
    level: "4",
    duty: "2",
    code: "2.6",
    name: "跨文化装修元素的制作",
    tracks: [...CB],
    skills: [
      { code: "2.6.1", text: "能根据设计方案, 结合文化元素, 制作文字样式" },
      { code: "2.6.2", text: "能根据设计方案, 结合文化元素, 制作图片样式" },
      { code: "2.6.3", text: "能根据设计方案, 结合文化元素, 制作视频样式" },
    ],
    knowledge: [
      { code: "2.6.1", text: "各国文化元素特点" },
      { code: "2.6.2", text: "文化元素设计方法" },
      { code: "2.6.3", text: "文化元素运用技巧" },
    ],
  },
  {
    // unmarked in the text (the notes' 网商-only reading is overruled, see docs/standard.md)
    level: "4",
    duty: "3",
    code: "3.1",
    name: "网店促销",
    tracks: [...BOTH],
    skills: [
      { code: "3.1.1", text: "能根据节假日设定网络促销规则" },
      { code: "3.1.2", text: "能进行主题活动促销策划与实施" },
      { code: "3.1.3", text: "能收集和整理促销效果信息" },
    ],
    knowledge: [
      { code: "3.1.1", text: "常用节假日促销技巧" },
      { code: "3.1.2", text: "常用店铺主题活动促销技巧" },
      { code: "3.1.3", text: "网络促销信息收集和整理方法及技巧" },
    ],
  },
  {
    // unmarked in the text (the notes' 网商-only reading is overruled, see docs/standard.md)
    level: "4",
    duty: "3",
    code: "3.2",
    name: "电商平台活动实施",
    tracks: [...BOTH],
    skills: [
      { code: "3.2.1", text: "能根据产品特性选择合适的平台活动" },
      { code: "3.2.2", text: "能解读平台活动报名规则, 选择平台活动进行报名" },
      { code: "3.2.3", text: "能根据平台活动规则, 通过营销管理工具设置活动" },
    ],
    knowledge: [
      { code: "3.2.1", text: "营销活动分类、规则" },
      { code: "3.2.2", text: "平台活动报名技巧" },
      { code: "3.2.3", text: "营销活动设置流程及注意事项" },
    ],
  },
  {
    // unmarked in the text (the notes' 网商-only reading is overruled, see docs/standard.md)
    level: "4",
    duty: "3",
    code: "3.3",
    name: "网络直播推广",
    tracks: [...BOTH],
    skills: [
      { code: "3.3.1", text: "能根据直播受众的兴趣, 策划直播活动主题" },
      { code: "3.3.2", text: "能在直播主题框架下挖掘产品卖点, 形成大致的直播方案" },
      { code: "3.3.3", text: "能撰写与直播策划方案相对应的直播活动脚本" },
    ],
    knowledge: [
      { code: "3.3.1", text: "直播主题策划的策划思路、方法和技巧" },
      { code: "3.3.2", text: "产品卖点挖掘和内容呈现技巧" },
      { code: "3.3.3", text: "直播活动脚本的常用类型撰写技巧" },
    ],
  },
  {
    // unmarked in the text (the notes' 网商-only reading is overruled, see docs/standard.md)
    level: "4",
    duty: "3",
    code: "3.4",
    name: "店铺与产品推广",
    tracks: [...BOTH],
    skills: [
      { code: "3.4.1", text: "能根据店铺营销方案, 应用相关产品营销工具, 执行产品推广" },
      { code: "3.4.2", text: "能根据店铺营销方案, 应用相关品牌营销工具, 执行平台内品牌与店铺推广计划" },
      { code: "3.4.3", text: "能根据需要, 设置智能营销推广, 并读懂推广数据" },
    ],
    knowledge: [
      { code: "3.4.1", text: "产品营销工具的种类和作用" },
      { code: "3.4.2", text: "品牌营销工具的种类和作用" },
      { code: "3.4.3", text: "智能营销工具的种类和作用" },
    ],
  },
  {
    // marked "跨境电商电子商务师" in the text
    level: "4",
    duty: "3",
    code: "3.5",
    name: "跨境电商平台活动实施",
    tracks: [...CB],
    skills: [
      { code: "3.5.1", text: "能根据平台活动报名条件,选择合适的平台活动" },
      { code: "3.5.2", text: "能根据平台活动报名要求,准备平台活动报名所需资料" },
      { code: "3.5.3", text: "能根据平台活动报名流程,结合店铺及商品资料,完成平台活动报名" },
      { code: "3.5.4", text: "能根据平台活动规则,利用营销工具设置活动" },
    ],
    knowledge: [
      { code: "3.5.1", text: "平台活动类型" },
      { code: "3.5.2", text: "平台活动报名流程" },
      { code: "3.5.3", text: "店铺营销活动类型" },
      { code: "3.5.4", text: "店铺营销活动设置方法" },
    ],
  },
  {
    // marked "网商" in the text
    level: "4",
    duty: "4",
    code: "4.1",
    name: "商品管理",
    tracks: [...OM],
    skills: [
      { code: "4.1.1", text: "能根据电商平台规则进行商品上架处理" },
      { code: "4.1.2", text: "能根据电商平台规则进行商品下架处理" },
    ],
    knowledge: [
      { code: "4.1.1", text: "商品上下架原则" },
      { code: "4.1.2", text: "商品上下架技巧" },
    ],
  },
  {
    // inherits "网商" from an earlier row of duty 4
    level: "4",
    duty: "4",
    code: "4.2",
    name: "订单管理",
    tracks: [...OM],
    skills: [
      { code: "4.2.1", text: "能结合客户需求、库存情况等信息,安排订单发货" },
      { code: "4.2.2", text: "能根据客户退货请求,进行退货处理" },
      { code: "4.2.3", text: "能根据客户换货要求,进行换货处理" },
    ],
    knowledge: [
      { code: "4.2.1", text: "订单类型" },
      { code: "4.2.2", text: "发货注意事项" },
      { code: "4.2.3", text: "退货处理流程及技巧" },
      { code: "4.2.4", text: "换货处理流程及技巧" },
    ],
  },
  {
    // marked "跨境电子商务师" in the text
    level: "4",
    duty: "4",
    code: "4.3",
    name: "网店账户维护",
    tracks: [...CB],
    skills: [
      { code: "4.3.1", text: "能根据平台政策和规则变动，及时完善店铺的账户信息" },
      { code: "4.3.2", text: "能根据账号关联原因排查账号关联要素，防止账号发生关联" },
      { code: "4.3.3", text: "能根据公司制度和人员变动，设置和维护店铺子账号" },
      { code: "4.3.4", text: "能根据卖家账户表现，及时避免和预判账户中存在的风险" },
    ],
    knowledge: [
      { code: "4.3.1", text: "账户信息完善的内容" },
      { code: "4.3.2", text: "账号关联的因素" },
      { code: "4.3.3", text: "防止账号关联的技巧" },
      { code: "4.3.4", text: "子账号设置的方法" },
      { code: "4.3.5", text: "衡量账户表现的指标" },
    ],
  },
  {
    // inherits "跨境电子商务师" from an earlier row of duty 4
    level: "4",
    duty: "4",
    code: "4.4",
    name: "跨境电商选品",
    tracks: [...CB],
    skills: [
      { code: "4.4.1", text: "能利用跨境电商平台，选出热销商品和潜力商品" },
      { code: "4.4.2", text: "能使用第三方选品工具，选出热销商品和潜力商品" },
      { code: "4.4.3", text: "能利用社交媒体，选出热销商品和潜力商品" },
    ],
    knowledge: [
      { code: "4.4.1", text: "平台选品的方法" },
      { code: "4.4.2", text: "第三方选品工具" },
      { code: "4.4.3", text: "社交媒体选品的技巧" },
    ],
  },
  {
    // marked "跨境电子商务师" in the text
    level: "4",
    duty: "4",
    code: "4.5",
    name: "日常订单处理",
    tracks: [...CB],
    skills: [
      { code: "4.5.1", text: "能根据店铺退货制度，结合客户退货要求，进行订单退货处理" },
      { code: "4.5.2", text: "能根据店铺换货制度，结合客户换货要求，进行订单换货处理" },
      { code: "4.5.3", text: "能根据订单状态，结合客户要求，进行异常订单处理" },
      { code: "4.5.4", text: "能根据信保订单起草要求，结合合同内容，起草信保订单" },
      { code: "4.5.5", text: "能根据信保订单退款处理规则，结合客户退款请求，进行信保订单退款处理" },
    ],
    knowledge: [
      { code: "4.5.1", text: "平台退换货政策" },
      { code: "4.5.2", text: "退换货处理技巧" },
      { code: "4.5.3", text: "异常订单类型" },
      { code: "4.5.4", text: "异常订单处理方法" },
      { code: "4.5.5", text: "信保订单起草流程" },
      { code: "4.5.6", text: "信保订单退款处理方法" },
    ],
  },
  {
    // inherits "跨境电子商务师" from an earlier row of duty 4
    level: "4",
    duty: "4",
    code: "4.6",
    name: "国际物流选择",
    tracks: [...CB],
    skills: [
      { code: "4.6.1", text: "能利用国际运价查询工具，结合出运时间和地点，查询运价信息" },
      { code: "4.6.2", text: "能根据不同物流公司报价，结合商品情况，核算国际运费" },
      { code: "4.6.3", text: "能根据客户要求，结合物流成本和时效，选择合适的国际物流方式" },
    ],
    knowledge: [
      { code: "4.6.1", text: "国际运价查询工具" },
      { code: "4.6.2", text: "国际运费核算方法" },
      { code: "4.6.3", text: "国际物流选择方法" },
    ],
  },
  {
    // marked "网商" in the text
    level: "4",
    duty: "5",
    code: "5.1",
    name: "智能客服训练",
    tracks: [...OM],
    skills: [
      { code: "5.1.1", text: "能根据智能客服配置规则，搭建智能客服问答知识库" },
      { code: "5.1.2", text: "能对配置好的智能客服问答知识库进行应答测试" },
    ],
    knowledge: [
      { code: "5.1.1", text: "问题场景分类" },
      { code: "5.1.2", text: "智能客服配置规则" },
      { code: "5.1.3", text: "知识库配置技巧" },
      { code: "5.1.4", text: "应答测试方法" },
    ],
  },
  {
    // inherits "网商" from an earlier row of duty 5
    level: "4",
    duty: "5",
    code: "5.2",
    name: "客户关系维护",
    tracks: [...OM],
    skills: [
      { code: "5.2.1", text: "能通过与客户沟通，收集客户信息" },
      { code: "5.2.2", text: "能按照客户分类标准，完成客户分类" },
      { code: "5.2.3", text: "能根据不同类别客户需求，提供差异化营销服务" },
    ],
    knowledge: [
      { code: "5.2.1", text: "客户信息收集内容及方法" },
      { code: "5.2.2", text: "客户分类标准及分析方法" },
      { code: "5.2.3", text: "影响客户满意度和忠诚度的因素" },
      { code: "5.2.4", text: "差异化营销方法" },
    ],
  },
  {
    // marked "跨境电子商务师" in the text
    level: "4",
    duty: "5",
    code: "5.3",
    name: "售前咨询交流",
    tracks: [...CB],
    skills: [
      { code: "5.3.1", text: "能根据商品资料，结合客户地域及文化特点，使用外语回复客户与商品基本信息相关的问题" },
      { code: "5.3.2", text: "能根据商品报价单，使用外语回复客户与商品价格相关的问题" },
      { code: "5.3.3", text: "能根据店铺物流方案，使用外语与客户进行物流相关问题的交流" },
    ],
    knowledge: [
      { code: "5.3.1", text: "商品问题" },
      { code: "5.3.2", text: "询盘回复技巧" },
      { code: "5.3.3", text: "物流问题类型" },
    ],
  },
  {
    // inherits "跨境电子商务师" from an earlier row of duty 5
    level: "4",
    duty: "5",
    code: "5.4",
    name: "售后问题处理",
    tracks: [...CB],
    skills: [
      { code: "5.4.1", text: "能根据物流信息, 使用外语回复客户与物流相关的问题" },
      { code: "5.4.2", text: "能根据退换货要求, 使用外语回复客户与退换货相关的问题" },
      { code: "5.4.3", text: "能根据目的地清关要求, 使用外语回复客户与清关相关的问题" },
      { code: "5.4.4", text: "能根据客户要求, 结合订单信息, 使用外语回复订单信息修改相关问题" },
    ],
    knowledge: [
      { code: "5.4.1", text: "包裹查询方法" },
      { code: "5.4.2", text: "退换货回复技巧" },
      { code: "5.4.3", text: "清关注意事项" },
      { code: "5.4.4", text: "订单确认内容" },
    ],
  },
  {
    // inherits "跨境电子商务师" from an earlier row of duty 5
    level: "4",
    duty: "5",
    code: "5.5",
    name: "网店FAQ设置",
    tracks: [...CB],
    skills: [
      { code: "5.5.1", text: "能根据客户物流方面的高频问题, 结合店铺物流方案, 设置物流相关问题及回复" },
      { code: "5.5.2", text: "能根据客户支付方面的高频问题, 结合店铺支付条款, 设置支付相关问题及回复" },
      { code: "5.5.3", text: "能根据客户退换货方面的高频问题, 结合店铺退换货政策, 设置退换货相关问题及回复" },
    ],
    knowledge: [
      { code: "5.5.1", text: "常见物流问题" },
      { code: "5.5.2", text: "常见支付问题" },
      { code: "5.5.3", text: "退换货政策" },
    ],
  },
  {
    // unmarked: both tracks
    level: "4",
    duty: "6",
    code: "6.1",
    name: "电子商务数据采集",
    tracks: [...BOTH],
    skills: [
      { code: "6.1.1", text: "能使用电子商务数据采集工具采集网店运营相关数据" },
      { code: "6.1.2", text: "能使用电子商务数据采集工具采集行业相关数据" },
      { code: "6.1.3", text: "能使用电子商务数据采集工具采集竞争对手相关数据" },
    ],
    knowledge: [
      { code: "6.1.1", text: "电子商务数据主要来源" },
      { code: "6.1.2", text: "电子商务数据采集工具" },
      { code: "6.1.3", text: "电子商务数据采集方法" },
    ],
  },
  {
    // unmarked: both tracks
    level: "4",
    duty: "6",
    code: "6.2",
    name: "电子商务数据清洗",
    tracks: [...BOTH],
    skills: [
      { code: "6.2.1", text: "能对电子商务数据中的空值和缺失值进行处理" },
      { code: "6.2.2", text: "能对电子商务数据中的重复值进行处理" },
      { code: "6.2.3", text: "能对电子商务数据中的异常值进行处理" },
      { code: "6.2.4", text: "能对电子商务数据的数据类型进行修改" },
    ],
    knowledge: [
      { code: "6.2.1", text: "电子商务数据清洗工具" },
      { code: "6.2.2", text: "电子商务数据清洗方法" },
    ],
  },
];
