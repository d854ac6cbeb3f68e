// Section 2.2 基础知识: the 11 basic-knowledge groups, items verbatim from the text.
// Item codes are derived: group code + "." + the item's (n).
import type { StandardInput } from "../schema";

export const basics: StandardInput["basics"] = [
  {
    code: "2.2.1",
    name: "网络应用基础",
    items: [
      { code: "2.2.1.1", number: 1, text: "网络基础知识。" },
      { code: "2.2.1.2", number: 2, text: "Web 浏览技术知识。" },
      { code: "2.2.1.3", number: 3, text: "网络安全知识。" },
      { code: "2.2.1.4", number: 4, text: "数据库基础知识。" },
      { code: "2.2.1.5", number: 5, text: "互联网应用知识。" },
      { code: "2.2.1.6", number: 6, text: "网上银行基础知识。" },
      { code: "2.2.1.7", number: 7, text: "网上商店基础知识。" },
      { code: "2.2.1.8", number: 8, text: "电子政务知识。" },
    ],
  },
  {
    code: "2.2.2",
    name: "电子商务基本概念",
    items: [
      { code: "2.2.2.1", number: 1, text: "电子商务框架知识。" },
      { code: "2.2.2.2", number: 2, text: "电子商务模型知识。" },
      { code: "2.2.2.3", number: 3, text: "电子交易行业应用知识。" },
    ],
  },
  {
    code: "2.2.3",
    name: "网络营销基础",
    items: [
      { code: "2.2.3.1", number: 1, text: "网络营销基本概念。" },
      { code: "2.2.3.2", number: 2, text: "网络营销基本方法。" },
      { code: "2.2.3.3", number: 3, text: "网络营销基础操作。" },
      { code: "2.2.3.4", number: 4, text: "网络营销特点与优势。" },
    ],
  },
  {
    code: "2.2.4",
    name: "商品基础",
    items: [
      { code: "2.2.4.1", number: 1, text: "商品流通基础知识。" },
      { code: "2.2.4.2", number: 2, text: "商品流通环节知识。" },
      { code: "2.2.4.3", number: 3, text: "商品流通分类知识。" },
      { code: "2.2.4.4", number: 4, text: "商品流通渠道知识。" },
      { code: "2.2.4.5", number: 5, text: "商品编码知识。" },
      { code: "2.2.4.6", number: 6, text: "商品编码管理知识。" },
    ],
  },
  {
    code: "2.2.5",
    name: "物流基础",
    items: [
      { code: "2.2.5.1", number: 1, text: "物流基本概念。" },
      { code: "2.2.5.2", number: 2, text: "物流管理基础知识。" },
      { code: "2.2.5.3", number: 3, text: "物流操作方法。" },
      { code: "2.2.5.4", number: 4, text: "物流流程控制。" },
    ],
  },
  {
    code: "2.2.6",
    name: "网络客户服务基础",
    items: [
      { code: "2.2.6.1", number: 1, text: "网络客户服务基本概念。" },
      { code: "2.2.6.2", number: 2, text: "网络客户服务主要方法。" },
      { code: "2.2.6.3", number: 3, text: "网络客户服务基本原则。" },
      { code: "2.2.6.4", number: 4, text: "网络客户服务注意事项。" },
    ],
  },
  {
    code: "2.2.7",
    name: "网上支付知识",
    items: [
      { code: "2.2.7.1", number: 1, text: "网上支付基本概念。" },
      { code: "2.2.7.2", number: 2, text: "第三方支付平台知识。" },
      { code: "2.2.7.3", number: 3, text: "第三方支付平台分类。" },
      { code: "2.2.7.4", number: 4, text: "第三方支付平台特点。" },
    ],
  },
  {
    code: "2.2.8",
    name: "电子商务安全基础知识",
    items: [
      { code: "2.2.8.1", number: 1, text: "交易安全基础知识。" },
      { code: "2.2.8.2", number: 2, text: "交易注意事项。" },
      { code: "2.2.8.3", number: 3, text: "交易管理办法。" },
      { code: "2.2.8.4", number: 4, text: "文件加密与解密知识。" },
      { code: "2.2.8.5", number: 5, text: "数字证书管理基础知识。" },
      { code: "2.2.8.6", number: 6, text: "安全防护基础知识。" },
    ],
  },
  {
    code: "2.2.9",
    name: "数据分析基础知识",
    items: [
      { code: "2.2.9.1", number: 1, text: "商务数据分析基本概念。" },
      { code: "2.2.9.2", number: 2, text: "商务数据分析基本方法。" },
      { code: "2.2.9.3", number: 3, text: "商务数据分析指标体系。" },
    ],
  },
  {
    code: "2.2.10",
    name: "财务分析及投资方案基础",
    items: [
      { code: "2.2.10.1", number: 1, text: "财务数据分析基本概念。" },
      { code: "2.2.10.2", number: 2, text: "投融资方案设计基本方法。" },
    ],
  },
  {
    code: "2.2.11",
    name: "相关法律、法规基础知识",
    items: [
      { code: "2.2.11.1", number: 1, text: "《中华人民共和国民法典》相关知识。" },
      { code: "2.2.11.2", number: 2, text: "《中华人民共和国劳动法》相关知识。" },
      { code: "2.2.11.3", number: 3, text: "《中华人民共和国合同法》相关知识。" },
      { code: "2.2.11.4", number: 4, text: "《中华人民共和国劳动合同法》相关知识。" },
      { code: "2.2.11.5", number: 5, text: "《中华人民共和国网络安全法》相关知识。" },
      { code: "2.2.11.6", number: 6, text: "《中华人民共和国广告法》相关知识。" },
      { code: "2.2.11.7", number: 7, text: "《中华人民共和国商标法》相关知识。" },
      { code: "2.2.11.8", number: 8, text: "《中华人民共和国产品质量法》相关知识。" },
      { code: "2.2.11.9", number: 9, text: "《中华人民共和国消费者权益保护法》相关知识。" },
      { code: "2.2.11.10", number: 10, text: "《中华人民共和国反不正当竞争法》相关知识。" },
      { code: "2.2.11.11", number: 11, text: "《中华人民共和国价格法》相关知识。" },
      { code: "2.2.11.12", number: 12, text: "《中华人民共和国电子商务法》相关知识。" },
      { code: "2.2.11.13", number: 13, text: "《中华人民共和国数据安全法》相关知识。" },
      { code: "2.2.11.14", number: 14, text: "《中华人民共和国个人信息保护法》相关知识。" },
      { code: "2.2.11.15", number: 15, text: "《互联网直播服务管理规定》相关知识。" },
      { code: "2.2.11.16", number: 16, text: "《关于加强网络直播营销活动的指导意见》相关知识。" },
      { code: "2.2.11.17", number: 17, text: "《网络交易监督管理办法》相关知识。" },
      { code: "2.2.11.18", number: 18, text: "《网络直播营销管理办法（试行）》相关知识。" },
    ],
  },
];
