import type { LocalePack } from '../terms.js';

export const ar: LocalePack = {
  code: 'ar',
  dir: 'rtl',
  terms: {
    indicator: {
      none: 'جميع الأنظمة تعمل',
      minor: 'انقطاع طفيف في الخدمة',
      major: 'انقطاع كبير في الخدمة',
      critical: 'انقطاع حرج في الخدمة',
      maintenance: 'صيانة جارية',
    },
    impact: {
      none: 'لا تأثير',
      minor: 'طفيف',
      major: 'كبير',
      critical: 'حرج',
      maintenance: 'صيانة',
    },
    phase: {
      investigating: 'قيد التحقيق',
      identified: 'تم تحديد السبب',
      monitoring: 'قيد المراقبة',
      resolved: 'تم الحل',
      // "Post-incident analysis", as Arabic-speaking engineers say it; "بعد الموت" is a literal mistranslation.
      postmortem: 'تحليل ما بعد الحادث',
      update: 'تحديث',
      // Maintenance phases agree with "صيانة" (feminine).
      scheduled: 'مجدولة',
      in_progress: 'جارية',
      verifying: 'قيد التحقق',
      completed: 'مكتملة',
    },
    error: {
      network: 'تعذر الاتصال بموجز الحالة.',
      timeout: 'انتهت مهلة موجز الحالة.',
      http: 'أعاد موجز الحالة خطأ.',
      parse: 'موجز الحالة ليس JSON صالحا.',
      invalid: 'ليس في موجز الحالة ما يعرض.',
      aborted: 'تم إلغاء تحميل موجز الحالة.',
    },
    historyHeading: 'سجل الحوادث',
    noIncidentsThisMonth: 'لا حوادث مسجلة هذا الشهر',
    noIncidents: 'لا حوادث مسجلة',
    pagination: 'صفحات سجل الحوادث',
    previous: 'السابق',
    next: 'التالي',
    monthRange: (from, to) => `من ${from} إلى ${to}`,
    retry: 'إعادة المحاولة',
    loading: 'جار التحميل…',
    // `when` is "قبل 5 دقائق".
    lastUpdated: (when) => `تعذر التحديث. آخر تحديث ${when}.`,
    affectedComponents: 'يؤثر في',
    started: 'البداية',
    ended: 'النهاية',
    duration: 'المدة',
    ongoing: 'مستمر',
    maintenance: 'صيانة',
    scheduledFor: 'مجدولة',
    viewStatusPage: 'عرض صفحة الحالة',
    statusChanged: (label) => `تغيرت حالة الخدمة: ${label}`,
    noSuchComponents: (names) => `لا مكون باسم ${names}، وهذه حالة الصفحة كلها.`,
    noSuchIncident: (id) => `لا حادث ${id} في صفحة الحالة هذه.`,
  },
};

export default ar;
