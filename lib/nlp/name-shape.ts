/**
 * What a person's or a company's name looks like, in one place: the signature reader (where a block
 * opens on a name) and the activity reader (whether "Customer: …" names someone or quotes them) ask
 * the same question and must get the same answer.
 */

/**
 * The hundred most common Chinese surnames (about 85% of people) and the compound ones, Simplified:
 * a name is a surname and one or two more characters, or a surname and how one is addressed.
 */
const ZH_SURNAME =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const ZH_COMPOUND_SURNAME = '(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|司徒|夏侯|长孙|宇文|轩辕|端木|独孤|南宫|万俟|闻人)';
/** How a person is addressed after the surname: 王先生, 李太太, 陈总, 张经理. */
const ZH_ADDRESS = '(?:先生|太太|小姐|女士|夫人|老师|经理|总监|总|董|工|主任|主管|部长|处长|科长|厂长|院长|律师|医生)';
/** A Chinese person's name (Simplified): a surname and one or two characters, or a surname and how one is addressed. */
export const ZH_NAME = new RegExp(`^(?:${ZH_COMPOUND_SURNAME}|[${ZH_SURNAME}])(?:[\\u4e00-\\u9fff]{1,2}|先生|小姐|女士|经理|总监|老师)$`);
/** A surname and how one is addressed, whatever the characters say: 王先生, 李太太, 陈总 (太 and 先 also open sentences). */
export const ZH_ADDRESSED_NAME = new RegExp(`^(?:${ZH_COMPOUND_SURNAME}|[${ZH_SURNAME}])${ZH_ADDRESS}$`);
/** A Chinese organisation named for its country or region first, as most are registered: 中国太平, 北京云帆, 香港航空. */
export const ZH_REGION_NAME = /^(?:中国|中华|中國|中華|全国|北京|上海|天津|重庆|广东|广州|深圳|香港|澳门|台湾|台北|江苏|浙江|福建|山东|四川|湖北|湖南|河南|河北|安徽|江西|华东|华南|华北|华中|西南|西北|东北)[\u4e00-\u9fff]{2,8}$/;

/** A company's legal form as written after its name, folded to lower case and without its dots: "Ltd", "GmbH", "Pte", "S.A." (sa). */
export const LEGAL_FORMS: readonly string[] = ['inc', 'incorporated', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'llc', 'llp', 'plc', 'gmbh', 'ag', 'sa', 'sarl', 'srl', 'bv', 'nv', 'pte', 'pty', 'kk', 'bhd'];

/**
 * What a company's name holds in English and in the European and Asian forms written in Latin letters:
 * its legal form ("Acme Corp", "Nordhaven BV", "Grupo Andino S.A.", "Kestrel Pte Ltd") or what it is
 * (a group, a bank, a hospital, a university).
 */
export const EN_COMPANY = new RegExp(String.raw`\b(?:${LEGAL_FORMS.join('|')}|s\.a|b\.v|k\.k|group|holdings|university|hospital|bank)\b\.?`, 'i');

/**
 * Words no name or title is made of and most sentences hold: pronouns, the auxiliary and modal verbs,
 * negation, a reply's yes, please and thanks (lower case; each reader adds the words of what it reads:
 * a signature's "call", "next week"; a CRM field's "it", "maybe", which "Head of IT" forbids in a title).
 */
export const SENTENCE_WORDS: readonly string[] = ['i', "i'm", 'we', "we're", 'you', 'he', 'she', 'they', 'me', 'my', 'your', 'our', 'this', 'that', 'is', 'are', 'was', 'were', 'have', 'has', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'not', 'no', 'yes', 'please', "let's", 'thanks', 'thank', 'ok', 'okay', 'sure'];
/** The Chinese counterpart: pronouns, the particles that end a sentence, a negation (Simplified; add the Traditional forms where the text is not folded). */
export const SENTENCE_CHARS_ZH = '我你您他她了吗呢吧啊哦没';
