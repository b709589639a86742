import type { LocalePack } from '../terms.js';

export const he: LocalePack = {
  code: 'he',
  dir: 'rtl',
  terms: {
    indicator: {
      none: 'כל המערכות פועלות',
      minor: 'שיבוש קל בשירות',
      major: 'השבתה חמורה בשירות',
      critical: 'השבתה קריטית בשירות',
      maintenance: 'מתבצעת תחזוקה',
    },
    // Masculine, agreeing with "אירוע" (incident).
    impact: {
      none: 'ללא השפעה',
      minor: 'קל',
      major: 'חמור',
      critical: 'קריטי',
      maintenance: 'תחזוקה',
    },
    phase: {
      investigating: 'בבדיקה',
      identified: 'הבעיה זוהתה',
      monitoring: 'במעקב',
      resolved: 'נפתר',
      // "תחקיר" (debrief) is what Israeli engineers call a postmortem; never a literal "after death".
      postmortem: 'תחקיר אירוע',
      update: 'עדכון',
      // Maintenance phases agree with "תחזוקה" (feminine).
      scheduled: 'מתוזמנת',
      in_progress: 'בביצוע',
      verifying: 'באימות',
      completed: 'הושלמה',
    },
    error: {
      network: 'לא ניתן היה להתחבר לפיד הסטטוס.',
      timeout: 'פיד הסטטוס לא הגיב בזמן.',
      http: 'פיד הסטטוס החזיר שגיאה.',
      parse: 'פיד הסטטוס אינו JSON תקין.',
      invalid: 'אין בפיד הסטטוס מידע להצגה.',
      aborted: 'טעינת פיד הסטטוס בוטלה.',
    },
    historyHeading: 'היסטוריית אירועים',
    noIncidentsThisMonth: 'לא דווחו אירועים החודש',
    noIncidents: 'לא דווחו אירועים',
    pagination: 'דפי היסטוריית האירועים',
    previous: 'הקודם',
    next: 'הבא',
    monthRange: (from, to) => `${from} עד ${to}`,
    // Nouns and impersonal forms, not gendered imperatives ("נסה שוב").
    retry: 'ניסיון חוזר',
    loading: 'בטעינה…',
    // `when` is "לפני 5 דקות".
    lastUpdated: (when) => `לא ניתן היה לרענן. עודכן לאחרונה ${when}.`,
    affectedComponents: 'רכיבים מושפעים',
    started: 'התחלה',
    ended: 'סיום',
    duration: 'משך',
    ongoing: 'מתמשך',
    maintenance: 'תחזוקה',
    scheduledFor: 'מתוזמנת',
    viewStatusPage: 'צפייה בדף הסטטוס',
    statusChanged: (label) => `סטטוס השירות השתנה: ${label}`,
    noSuchComponents: (names) => `אין רכיב בשם ${names}, זה הסטטוס של הדף כולו.`,
    noSuchIncident: (id) => `אין בדף הסטטוס הזה אירוע ${id}.`,
  },
};

export default he;
