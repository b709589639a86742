import type { LocalePack } from '../terms.js';

export const tr: LocalePack = {
  code: 'tr',
  dir: 'ltr',
  terms: {
    indicator: {
      none: 'Tüm sistemler çalışıyor',
      minor: 'Küçük çaplı hizmet aksaklığı',
      major: 'Büyük çaplı hizmet kesintisi',
      critical: 'Kritik hizmet kesintisi',
      maintenance: 'Bakım çalışması sürüyor',
    },
    impact: {
      none: 'Etki yok',
      minor: 'Küçük',
      major: 'Büyük',
      critical: 'Kritik',
      maintenance: 'Bakım',
    },
    phase: {
      investigating: 'İnceleniyor',
      identified: 'Tespit edildi',
      monitoring: 'İzleniyor',
      resolved: 'Çözüldü',
      // "Olay sonrası analiz", as Turkish teams call the postmortem; never the literal "ölüm sonrası".
      postmortem: 'Olay sonrası analiz',
      update: 'Güncelleme',
      scheduled: 'Planlandı',
      in_progress: 'Devam ediyor',
      verifying: 'Doğrulanıyor',
      completed: 'Tamamlandı',
    },
    error: {
      network: 'Durum verisine ulaşılamadı.',
      timeout: 'Durum sunucusu zamanında yanıt vermedi.',
      http: 'Durum sunucusu bir hatayla yanıt verdi.',
      parse: 'Durum verisi geçerli bir JSON değil.',
      invalid: 'Durum verisinde gösterilebilecek bir şey yok.',
      aborted: 'Durum verisinin yüklenmesi iptal edildi.',
    },
    historyHeading: 'Olay geçmişi',
    noIncidentsThisMonth: 'Bu ay bildirilen olay yok',
    noIncidents: 'Bildirilen olay yok',
    pagination: 'Olay geçmişi sayfaları',
    previous: 'Önceki',
    next: 'Sonraki',
    // A case suffix ("-den … -e") would have to follow the sound of the value; a dash needs none.
    monthRange: (from, to) => `${from} – ${to}`,
    retry: 'Yeniden dene',
    loading: 'Durum yükleniyor…',
    // `when` is "5 dakika önce".
    lastUpdated: (when) => `Yenilenemedi. Son güncelleme: ${when}.`,
    affectedComponents: 'Etkilenen bileşenler',
    started: 'Başlangıç',
    ended: 'Bitiş',
    duration: 'Süre',
    ongoing: 'Devam ediyor',
    maintenance: 'Bakım',
    scheduledFor: 'Planlanan başlangıç',
    viewStatusPage: 'Durum sayfasını görüntüle',
    statusChanged: (label) => `Hizmet durumu değişti: ${label}`,
    // "… adlı", "… kimlikli" take the quoted values without a suffix.
    noSuchComponents: (names) => `Bu sayfada ${names} adlı bir bileşen yok; tüm sayfanın durumu gösteriliyor.`,
    noSuchIncident: (id) => `Bu durum sayfasında ${id} kimlikli bir olay yok.`,
  },
};

export default tr;
