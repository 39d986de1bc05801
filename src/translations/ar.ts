import { count, percentage } from '../internal/format.js';
import type { Translation } from '../internal/localize.js';

const translation: Translation = {
  $code: 'ar',
  $name: 'العربية',
  authorError: 'هذا المحتوى غير مُعدّ بشكل صحيح',
  estimatedTime: 'المدة التقديرية:',
  markComplete: 'وضع علامة كمكتمل',
  completed: 'مكتمل',
  contentNote: 'تنبيه بشأن المحتوى',
  keyPoints: 'النقاط الرئيسية',
  learnMore: 'اعرف المزيد',
  source: 'المصدر:',
  // Quiz
  quiz: 'اختبار',
  questionOf: (n, total) => `السؤال ${count('ar', n)} من ${count('ar', total)}`,
  chooseAll: 'اختر كل الإجابات المناسبة.',
  check: 'تحقّق',
  chooseFirst: 'اختر إجابة، ثم اضغط «تحقّق».',
  correct: 'إجابة صحيحة',
  partlyCorrect: 'صحيحة جزئيًا',
  notQuite: 'ليس تمامًا',
  correctAnswer: 'الإجابة الصحيحة',
  yourAnswer: 'إجابتك',
  trueChoice: 'صح',
  falseChoice: 'خطأ',
  previous: 'السابق',
  next: 'التالي',
  seeResult: 'اعرض نتيجتك',
  stillToAnswer: (n) => `السؤال ${count('ar', n)} ما زال بحاجة إلى إجابة.`,
  answeredOf: (n, total) => `تمت الإجابة: ${count('ar', n)} من ${count('ar', total)}.`,
  allAnswered: 'لقد أجبت عن كل الأسئلة.',
  resultHeading: 'نتيجتك',
  scoreSummary: (score, maxScore, percent) =>
    `حصلت على ${count('ar', score)} من ${count('ar', maxScore)} (${percentage('ar', percent)}).`,
  passed: (passMark) => `لقد بلغت درجة النجاح وهي ${percentage('ar', passMark)}.`,
  notPassed: (passMark) => `لم تبلغ درجة النجاح (${percentage('ar', passMark)}) هذه المرة.`,
  reviewHeading: 'إجاباتك',
  tryAgain: 'حاول مرة أخرى',
  attemptsLeft: (n) => `المحاولات المتبقية: ${count('ar', n)}`,
  noAttemptsLeft: 'لقد استخدمت كل محاولاتك.',
  loading: 'جارٍ تحميل الاختبار…',
  loadFailed: 'تعذّر تحميل الاختبار. تحقّق من اتصالك وحاول مرة أخرى.',
  noQuestions: 'لا توجد أسئلة في هذا الاختبار بعد.',
  notSaved: 'لا يمكن حفظ إجاباتك على هذا الجهاز، لكنها تبقى في هذه الصفحة إلى أن تغادرها.',
};

export default translation;
