import { spaceLatinAndHan } from '../../i18n/format';

/**
 * Taiwan usage that OpenCC's `cn → twp` conversion does not give: mainland words it keeps
 * (合同, 質量, 跟蹤, 渠道, 季度…) and phrases it splits wrongly (擴充套件, 一齣現, 已籤, 併發出).
 * Reviewed by hand against every text of the built-in playbook; longer, more specific phrases
 * come first so the context decides (渠道 is 通路 in retail, 管道 for where a lead came from).
 */
export const TAIWAN_USAGE: readonly (readonly [mainland: string, taiwan: string])[] = [
  // OpenCC's phrase table splitting words wrongly.
  ['再擴充套件', '再擴大導入'],
  ['擴充套件', '擴充'],
  ['一齣現', '一出現'],
  ['已籤', '已簽'],
  ['籤兩年', '簽兩年'],
  ['請求籤約', '請求簽約'],
  ['直接回復我', '直接回覆我'],
  ['併發出', '並發出'],
  ['寫明瞭', '寫明了'],
  // Tenders: the documents are 招標文件 / 投標文件 (OpenCC makes every 文件 a 檔案); news is 消息, a record 紀錄.
  ['招標檔案', '招標文件'],
  ['投標檔案', '投標文件'],
  ['這個訊息很遺憾', '這個消息很遺憾'],
  ['這邊的記錄', '這邊的紀錄'],
  // Projects: the implementation team is 導入 in Taiwan, a kick-off meeting 啟動會議.
  ['實施負責人', '導入負責人'],
  ['啟動會', '啟動會議'],
  ['平臺', '平台'],
  // A one-pager taken to the boss: 一頁摘要, presented (報告), not 講.
  ['可以直接拿去講', '可以直接拿去報告'],
  ['一頁紙摘要', '一頁摘要'],
  // A security review is 資安 in Taiwan (審查, 評估, 文件, 負責人), sent by mail (寄).
  ['先做一輪安全審查', '先做一輪資安審查'],
  ['供貴司安全評估使用', '供貴司資安評估使用'],
  ['我們的安全資料包', '我們的資安文件'],
  ['我們的安全負責人', '我們的資安負責人'],
  ['隨時可以發過去', '隨時可以寄過去'],
  ['直接發給我就行', '直接寄給我就可以'],
  // Contracts, quality, tracking.
  ['合同', '合約'],
  ['質量', '品質'],
  ['質保', '保固'],
  ['跟蹤', '追蹤'],
  ['模板', '範本'],
  // Accounts: 帳 in Taiwan (對帳, 帳單, 結帳, 算筆帳).
  ['賬', '帳'],
  // Channels: retail 通路; a lead's source 管道.
  ['線上渠道', '線上通路'],
  ['各渠道', '各通路'],
  ['渠道', '管道'],
  // Quarters.
  ['做季度復盤', '做每季檢討'],
  ['三季度', '第三季'],
  ['本季度', '本季'],
  ['下季度', '下季'],
  ['每季度', '每季'],
  ['每個季度', '每一季'],
  ['一個季度', '一季'],
  ['這個季度', '這一季'],
  ['季度', '季'],
  // Leads and people.
  ['沉睡線索', '沉睡的潛在客戶'],
  ['一個諮詢線索', '一位來詢問的潛在客戶'],
  ['客戶線索', '潛在客戶'],
  ['已關閉線索', '已關閉潛在客戶'],
  ['線索', '潛在客戶'],
  ['領導', '主管'],
  ['運營', '營運'],
  ['領英', 'LinkedIn'],
  // Software and projects.
  ['對接', '串接'],
  ['通過標準介面', '透過標準 API'],
  ['演示', '示範'],
  ['自動生成', '自動產生'],
  ['超時', '逾時'],
  ['大模型', '大型語言模型'],
  ['默認', '預設'],
  ['訪問', '存取'],
  // OpenCC's IT words where the playbook means machines and a loop of work: equipment is 設備.
  ['一箇', '一個'],
  ['迴圈', '循環'],
  ['裝置', '設備'],
  ['執行狀態', '運轉狀態'],
  ['瞭解', '了解'],
  // Business words Taiwan says otherwise.
  ['行業', '產業'],
  ['崗位', '職位'],
  ['高管', '高階主管'],
  ['排產', '排程'],
  ['手工', '人工'],
  ['發貨', '出貨'],
  ['門店', '門市'],
  ['復購', '回購'],
  ['伙伴', '夥伴'],
  ['錄入', '輸入'],
  ['展會', '展覽'],
  ['關鍵詞', '關鍵字'],
  ['打分', '評分'],
  ['參會人', '與會者'],
  ['反響', '反應'],
  ['響應', '回應'],
  ['付款節點', '付款階段'],
  ['按節點付款', '分階段付款'],
  ['按節點分期付款', '依付款階段分期付款'],
  ['移動審批', '行動簽核'],
  ['審批', '簽核'],
  ['電腦端', '電腦版'],
  ['宣傳冊', '產品型錄'],
  ['號源', '掛號名額'],
  ['這些空號', '這些空出的名額'],
  ['接診能力', '看診量'],
  ['增長', '成長'],
  ['招聘', '招募'],
  ['入職', '到職'],
  ['轉化', '轉換'],
  ['小試點', '小規模試行'],
  ['試點', '試行'],
  ['計劃', '計畫'],
  // 數據 said as figures: 數字 (資料 is data kept, not a number said).
  ['兩個資料', '兩個數字'],
  ['關鍵資料', '關鍵數字'],
  ['資料丟失', '資料遺失'],
  ['丟失的', '流失的'],
  // Mail: good news stays 好消息 (訊息 is a message); a reply is 回覆, a scan 掃描檔.
  ['好訊息', '好消息'],
  ['回復這封郵件發給我', '回覆這封信寄給我'],
  ['掃描件', '掃描檔'],
  ['排查結果', '檢查結果'],
  // Quotation marks: 「」 and 『』 in Taiwan.
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

/** OpenCC's Taiwan Traditional made Taiwan usage (see {@link TAIWAN_USAGE}). */
export function toTaiwanUsage(traditional: string): string {
  return spaceLatinAndHan(TAIWAN_USAGE.reduce((text, [mainland, taiwan]) => text.replaceAll(mainland, taiwan), traditional));
}
