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
};

export default translation;
