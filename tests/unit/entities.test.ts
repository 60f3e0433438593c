import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseMatcher, cliticReadings, fold, plain, tokenize } from '../../src/ingest/entities/match.ts';
import { PLACES, findPlaces } from '../../src/ingest/entities/places.ts';
import { ORGANISATIONS, findOrganisations } from '../../src/ingest/entities/organisations.ts';
import { parseKeywordLine, salientTerms } from '../../src/ingest/entities/tags.ts';

// Lines of seeds/000_8db493ebabbc4d35.txt (Enab Baladi), copied so the test does not depend on the seed file.
const SEED = [
  'استهدف هجوم صاروخي قاعدة التحالف الدولي في موقع حقل “كونيكو للغاز”، شمال شرقي سوريا، دون أنباء عن أضرار، لترد قوات التحالف بقصف المواقع التي انطلق منها الهجوم.',
  'وقالت القيادة المركزية الأمريكية (سينتكوم)، عبر “تويتر” صباح اليوم، الثلاثاء 11 من نيسان، إن الهجوم الذي وصفته بـ”غير الفعال” لم يخلّف أي خسائر ولم يسفر عن إصابات أو أضرار في القاعدة أو ممتلكات التحالف.',
  'أحد الصواريخ سقط بحسب “سينتكوم” على مقربة من موقع التحالف، بينما عُثر على صاروخ إضافي في نقطة انطلاق الهجوم.',
  'ولم تتبن أي جهة الهجوم على القاعدة الأمريكية حتى الآن، في حين توجه الاتهامات إلى جماعات موالية لإيران.',
  '“شبكة نهر ميديا” المحلية قالت إن مجموعة من ثلاثة أشخاص، يعتقد بانتمائهم لميليشيات موالية لإيران، قصفت من بادية بلدة جديدة عكيدات الخاضعة لسيطرة ” قوات سوريا الديمقراطية” (قسد) قاعدة التحالف في حقل “كونيكو”.',
  '“الشبكة” المحلية قالت أيضًا إن مقاتلات التحالف قصفت موقعين للميليشيات الإيرانية، بالقرب من المقبرة داخل بلدة حطلة شمالي دير الزور.',
].join('\n');

// --- match.ts -------------------------------------------------------------------------------

test('fold: hamza, alef maqsura, ta marbuta, harakat, tatweel, digits, Latin case', () => {
  assert.equal(fold('أإآٱ'), 'اااا');
  assert.equal(fold('مستشفى'), fold('مستشفي'));
  assert.equal(fold('جدة'), fold('جده'));
  assert.equal(fold('يخلّف'), 'يخلف');
  assert.equal(fold('عُثِرَ'), 'عثر');
  assert.equal(fold('الـرياض'), 'الرياض');
  assert.equal(fold('٢٠٢٣ ۱۹'), '2023 19');
  assert.equal(fold('NATO'), 'nato');
  assert.equal(plain('عُمان'), 'عمان');
  assert.equal(plain('يخلّف').length, fold('يخلّف').length);
});

test('tokenize: Arabic words, quotes and punctuation split, offsets point into the text', () => {
  const text = 'حقل “كونيكو للغاز”، شمال (قسد) 11 من نيسان';
  const tokens = tokenize(text);
  assert.deepEqual(tokens.map((t) => t.surface), ['حقل', 'كونيكو', 'للغاز', 'شمال', 'قسد', '11', 'من', 'نيسان']);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.surface);
  assert.deepEqual(tokenize('عُثِر').map((t) => [t.surface, t.folded]), [['عُثِر', 'عثر']]); // harakat stay in the word
  assert.equal(tokenize(text), tokenize(text)); // same article: served from the one-entry cache
});

test('cliticReadings: conjunction + preposition, لل for ل + ال, never the bare article', () => {
  assert.ok(cliticReadings(fold('للسعودية')).includes(fold('السعودية')));
  assert.ok(cliticReadings(fold('للاذقية')).includes(fold('اللاذقية')));
  assert.ok(cliticReadings(fold('وبالرياض')).includes('الرياض'));
  assert.ok(cliticReadings(fold('فلإيران')).includes('ايران'));
  assert.ok(cliticReadings(fold('كمصر')).includes('مصر'));
  assert.equal(cliticReadings('السوري').includes('سوري'), false);
  assert.equal(cliticReadings('لبنان')[0], 'لبنان'); // the word as written comes first
  assert.equal(cliticReadings('وب').length, 1); // no remainder shorter than two letters
});

test('PhraseMatcher: longest phrase first, clitics only on the first word, vetoes', () => {
  const m = new PhraseMatcher<string>();
  m.add('دير الزور', 'DZ');
  m.add('ريف دير الزور', 'RDZ');
  m.add('المغرب', 'MA', ['صلاة المغرب']);
  const values = (s: string) => m.scan(tokenize(s)).map((x) => x.value);
  assert.deepEqual(values('في ريف دير الزور وبدير الزور'), ['RDZ', 'DZ']);
  assert.deepEqual(values('دير والزور'), []); // inner words must match exactly
  assert.deepEqual(values('بعد صلاة المغرب في المغرب'), ['MA']);
  const [hit] = m.scan(tokenize('بدير الزور'));
  assert.deepEqual(hit && { start: hit.start, end: hit.end, bare: hit.bare }, { start: 0, end: 2, bare: false });
});

// --- places ---------------------------------------------------------------------------------

test('places: seed article sentences', () => {
  assert.deepEqual(findPlaces('استهدف هجوم صاروخي قاعدة التحالف الدولي في موقع حقل “كونيكو للغاز”، شمال شرقي سوريا'), ['سوريا']);
  assert.deepEqual(findPlaces('داخل بلدة حطلة شمالي دير الزور'), ['حطلة', 'دير الزور']);
  assert.deepEqual(findPlaces('موالية لإيران'), ['إيران']);
  // The nations of the United Kingdom and the states of the United States, in either spelling.
  assert.deepEqual(findPlaces('فاز منتخب انكلترا في مباراة أقيمت بتكساس'), ['إنجلترا', 'تكساس']);
  assert.deepEqual(findPlaces('حرائق في ولاية كاليفورنيا'), ['كاليفورنيا']);
  assert.deepEqual(findPlaces('قصفت من بادية بلدة جديدة عكيدات الخاضعة لسيطرة ” قوات سوريا الديمقراطية” (قسد)'), ['جديدة عكيدات', 'سوريا']);
  // "القاعدة الأمريكية" and "الميليشيات الإيرانية" are adjectives: neither the US nor Iran.
  assert.deepEqual(findPlaces(SEED), ['سوريا', 'إيران', 'جديدة عكيدات', 'حطلة', 'دير الزور']);
});

test('places: Saudi news sentences, regions kept apart from their capitals', () => {
  assert.deepEqual(findPlaces('استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة'), ['جدة']);
  assert.deepEqual(findPlaces('مطار الملك خالد الدولي في الرياض'), ['الرياض']);
  assert.deepEqual(findPlaces('في مركز المسيال بقطاع ظهران الجنوب في منطقة عسير'), ['ظهران الجنوب', 'منطقة عسير']);
  assert.deepEqual(findPlaces('أمير منطقة مكة المكرمة يزور مكة المكرمة والطائف'), ['منطقة مكة المكرمة', 'مكة المكرمة', 'الطائف']);
  assert.deepEqual(findPlaces('أمطار على منطقة الرياض وفي الرياض وبالرياض وللرياض'), ['منطقة الرياض', 'الرياض']);
  assert.deepEqual(findPlaces('أمير المنطقة الشرقية في الدمام، وأمير الشرقية في الأحساء'), ['المنطقة الشرقية', 'الدمام', 'الأحساء']);
  assert.deepEqual(findPlaces('وصل إلى جيزان ثم إلى الظهران'), ['جازان', 'الظهران']);
});

test('places: clitics and spelling variants', () => {
  assert.deepEqual(findPlaces('دعم للسعودية'), ['السعودية']);
  assert.deepEqual(findPlaces('وفد وصل للاذقية وبغداد فللعراق'), ['اللاذقية', 'بغداد', 'العراق']);
  assert.deepEqual(findPlaces('زيارة الى ايران وإلى إيران'), ['إيران']);
  assert.deepEqual(findPlaces('قوات أمريكا وأميركا والولايات المتحدة الأمريكية'), ['الولايات المتحدة']);
  assert.deepEqual(findPlaces('الأوضاع في سورية'), ['سوريا']);
  assert.deepEqual(findPlaces('من مكه إلى جده'), ['مكة المكرمة', 'جدة']);
  assert.deepEqual(findPlaces('غارة على غزة وقطاع غزة'), ['غزة']);
});

test('places: adjectives and words containing a name are not places', () => {
  assert.deepEqual(findPlaces('الجيش السوري والقوات الإيرانية والمواطنين المصريين'), []);
  assert.deepEqual(findPlaces('قالت الحكومة السعودية ووكالة الأنباء السعودية'), []);
  assert.deepEqual(findPlaces('وصل إلى السعودية'), ['السعودية']);
  assert.deepEqual(findPlaces('السعودية تعلن'), ['السعودية']);
  assert.deepEqual(findPlaces('هطول أمطار على الرياض\nالسعودية تعلن'), ['الرياض', 'السعودية']); // not one phrase
  assert.deepEqual(findPlaces('زار المملكة العربية السعودية'), ['السعودية']);
  assert.deepEqual(findPlaces('سوريون وعراقيون وقطرة ماء ومصرية وبيروتي'), []);
  assert.deepEqual(findPlaces('مشهد مؤثر بعد سيول جارفة، وسرت شائعات'), []); // city names that are ordinary words
  assert.deepEqual(findPlaces('تطور التعاون الاقتصادي بين البلدين'), []);
});

test('places: vetoed phrases', () => {
  assert.deepEqual(findPlaces('بعد صلاة المغرب'), []);
  assert.deepEqual(findPlaces('زار المغرب'), ['المغرب']);
  assert.deepEqual(findPlaces('عاد إلى مسقط رأسه'), []);
  assert.deepEqual(findPlaces('وصل إلى مسقط'), ['مسقط']);
  assert.deepEqual(findPlaces('كان حائل دون ذلك'), []);
  assert.deepEqual(findPlaces('في شتى الميادين'), []);
});

test('places: عمان is Oman, unless written عمّان or after "العاصمة الأردنية"', () => {
  assert.deepEqual(findPlaces('زار سلطنة عمان'), ['عُمان']);
  assert.deepEqual(findPlaces('وصل إلى عمان'), ['عُمان']);
  assert.deepEqual(findPlaces('وصل إلى العاصمة الأردنية عمان'), ['عمّان']);
  assert.deepEqual(findPlaces('اجتماع في عمّان'), ['عمّان']);
  assert.deepEqual(findPlaces('وبعمّان'), ['عمّان']);
});

test('places: order of first mention, no duplicates, at most 8', () => {
  assert.deepEqual(findPlaces('من حلب إلى دمشق ثم حلب ودمشق'), ['حلب', 'دمشق']);
  const many = 'زار لندن وباريس وبرلين وروما ومدريد وموسكو وطهران وبكين وطوكيو وأنقرة';
  assert.deepEqual(findPlaces(many), ['لندن', 'باريس', 'برلين', 'روما', 'مدريد', 'موسكو', 'طهران', 'بكين']);
});

test('places data: 13 Saudi regions, Arab capitals, valid entries', () => {
  const regions = PLACES.filter((p) => p.kind === 'region' && p.country === 'SA').map((p) => p.name);
  assert.equal(regions.length, 13);
  for (const capital of ['الرياض', 'الكويت', 'المنامة', 'الدوحة', 'أبوظبي', 'مسقط', 'صنعاء', 'بغداد', 'دمشق', 'بيروت', 'عمّان',
    'القدس', 'القاهرة', 'الخرطوم', 'طرابلس', 'تونس', 'الجزائر', 'الرباط', 'نواكشوط', 'مقديشو', 'جيبوتي', 'موروني']) {
    assert.ok(PLACES.some((p) => p.name === capital), capital); // الكويت، تونس، الجزائر، جيبوتي: the country's name
  }
  assert.ok(PLACES.filter((p) => p.country === 'SA' && p.kind === 'city').length >= 60);
  for (const p of PLACES) {
    assert.match(p.country, /^[A-Z]{2}$/, p.name);
    assert.ok(['country', 'region', 'city'].includes(p.kind), p.name);
  }
  assert.deepEqual(PLACES.find((p) => p.name === 'واشنطن'), { name: 'واشنطن', aliases: ['واشنطن'], kind: 'city', country: 'US' });
});

// --- organisations --------------------------------------------------------------------------

test('organisations: seed article, acronyms in parentheses are aliases', () => {
  assert.deepEqual(findOrganisations('استهدف هجوم صاروخي قاعدة التحالف الدولي في موقع حقل'), ['التحالف الدولي']);
  assert.deepEqual(findOrganisations('الخاضعة لسيطرة ” قوات سوريا الديمقراطية” (قسد)'), ['قوات سوريا الديمقراطية']);
  assert.deepEqual(findOrganisations('وقالت القيادة المركزية الأمريكية (سينتكوم)'), ['القيادة المركزية الأمريكية']);
  assert.deepEqual(findOrganisations(SEED), ['التحالف الدولي', 'القيادة المركزية الأمريكية', 'قوات سوريا الديمقراطية']);
  // "القاعدة" here is the base, not al-Qaeda.
  assert.deepEqual(findOrganisations('لم يسفر عن إصابات أو أضرار في القاعدة'), []);
});

test('organisations: the parenthesised name is dropped even when it names another entry', () => {
  assert.deepEqual(findOrganisations('وزارة الدفاع الأمريكية (البنتاغون)'), ['البنتاغون']);
  assert.deepEqual(findOrganisations('الاتحاد الدولي لكرة القدم (فيفا)'), ['الاتحاد الدولي لكرة القدم']);
  assert.deepEqual(findOrganisations('حلف شمال الأطلسي (الناتو) ثم مجلس الأمن الدولي'), ['حلف شمال الأطلسي', 'مجلس الأمن الدولي']);
  assert.deepEqual(findOrganisations('بحسب وكالة الأنباء السعودية (واس). وأفادت واس'), ['وكالة الأنباء السعودية']);
});

test('organisations: clitics, hamza variants, aliases', () => {
  assert.deepEqual(findOrganisations('رسالة للأمم المتحدة ولحزب الله وبالاتحاد الاوروبي'), ['الأمم المتحدة', 'حزب الله', 'الاتحاد الأوروبي']);
  assert.deepEqual(findOrganisations('هجوم للحوثيين وجماعة الحوثي وأنصار الله'), ['الحوثيون']);
  assert.deepEqual(findOrganisations('تنظيم الدولة الإسلامية وداعش'), ['تنظيم داعش']);
  assert.deepEqual(findOrganisations('أعلنت وزارة الداخلية ووزارة الصحة وهيئة كبار العلماء'), ['وزارة الداخلية', 'وزارة الصحة', 'هيئة كبار العلماء']);
  assert.deepEqual(findOrganisations('أرباح أرامكو وسابك'), ['أرامكو السعودية', 'سابك']);
  assert.deepEqual(findOrganisations('اجتماع أوبك ومجلس التعاون لدول الخليج العربية'), ['أوبك', 'مجلس التعاون الخليجي']);
  assert.deepEqual(findOrganisations('اجتماع مجلس الأمن القومي'), []); // not the UN Security Council
  assert.deepEqual(findOrganisations('استقبلوه بحماس كبير'), []);
  assert.deepEqual(findOrganisations('قالت حماس وحركة حماس'), ['حركة حماس']);
});

test('organisations: bare club names need a sports article; "نادي"/"فريق" always count', () => {
  assert.deepEqual(findOrganisations('رُصد الهلال وتحقق النصر للجيش والقطاع الأهلي والاتحاد الأوروبي'), ['الاتحاد الأوروبي']);
  assert.deepEqual(findOrganisations('فاز الهلال على النصر في مباراة الدوري'), ['نادي الهلال', 'نادي النصر']);
  assert.deepEqual(findOrganisations('أعلن نادي الهلال ضم لاعب'), ['نادي الهلال']);
  assert.deepEqual(findOrganisations('تعادل الأهلي والاتحاد في كرة القدم'), ['النادي الأهلي', 'نادي الاتحاد']);
  // In a sports article the longer names still win.
  assert.deepEqual(findOrganisations('في الملعب طواقم الهلال الأحمر والاتحاد السعودي لكرة القدم'), ['هيئة الهلال الأحمر السعودي', 'الاتحاد السعودي لكرة القدم']);
});

test('organisations: order of first mention, no duplicates, at most 8; data is well formed', () => {
  const text = 'الأمم المتحدة والبنك الدولي وصندوق النقد الدولي والأمم المتحدة وأوبك والناتو وحماس وحزب الله وداعش وطالبان وأرامكو';
  assert.deepEqual(findOrganisations(text), ['الأمم المتحدة', 'البنك الدولي', 'صندوق النقد الدولي', 'أوبك', 'حلف شمال الأطلسي', 'حركة حماس', 'حزب الله', 'تنظيم داعش']);
  assert.ok(ORGANISATIONS.length >= 120);
  assert.equal(new Set(ORGANISATIONS.map((o) => o.name)).size, ORGANISATIONS.length);
});

// --- tags -----------------------------------------------------------------------------------

test('salientTerms: seed article — places and organisations first, then repeated words as written', () => {
  const terms = salientTerms(SEED);
  assert.equal(terms.length, 5);
  // By mentions: سوريا twice (once inside "قوات سوريا الديمقراطية"), سينتكوم twice, إيران twice; two slots stay for words.
  assert.deepEqual(terms.slice(0, 3), ['سوريا', 'القيادة المركزية الأمريكية', 'إيران']);
  assert.ok(terms.includes('الهجوم'), terms.join('،'));
  assert.ok(!terms.includes('التحالف'), 'a word of a tagged entity is not tagged again');
  assert.deepEqual(salientTerms(SEED, 1), ['سوريا']);
  assert.deepEqual(salientTerms(SEED, 0), []);
});

test('salientTerms: folded counting, most frequent written form, bigrams', () => {
  const text = 'ارتفعت الأسعار في السوق. وقال التجار إن الاسعار ترتفع، وإن الأسعار مرتفعة، وللأسعار أثر. هجوم صاروخي جديد، ثم هجوم صاروخي آخر.';
  // الأسعار ×4 (الاسعار and وللأسعار counted with it) ties the bigram (2 × 2): the earlier one ranks first.
  assert.deepEqual(salientTerms(text), ['الأسعار', 'هجوم صاروخي']);
});

test('salientTerms: clitic merged only when the bare word occurs; stopwords, digits and short words never', () => {
  assert.deepEqual(salientTerms('مشروع جديد. ومشروع آخر وبمشروع ثالث'), ['مشروع']);
  assert.deepEqual(salientTerms('التقى وزير الطاقة وزير المالية'), ['وزير']);
  assert.deepEqual(salientTerms('قال إنه قال إنه في 2023 و2023 وفي عام 2023 أن أن من من يد يد'), []);
});

test('parseKeywordLine: سمات and الكلمات الدلالية lines', () => {
  assert.deepEqual(parseKeywordLine('سمات تبوك جامعة معمة تبوك'), ['تبوك', 'جامعة', 'معمة']);
  assert.deepEqual(parseKeywordLine('الكلمات الدلالية: السعودية، موسم الرياض، السعوديه.'), ['السعودية', 'موسم الرياض']);
  assert.deepEqual(parseKeywordLine('كلمات دلالية: النفط, أوبك'), ['النفط', 'أوبك']);
  assert.equal(parseKeywordLine('سمات'), undefined);
  assert.equal(parseKeywordLine('وقالت الوزارة إن سمات المرحلة واضحة'), undefined);
  assert.equal(parseKeywordLine('السمات المشتركة بين البلدين'), undefined);
});
