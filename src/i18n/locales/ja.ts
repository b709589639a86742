import type { LocalePack } from '../terms.js';

export const ja: LocalePack = {
  code: 'ja',
  dir: 'ltr',
  terms: {
    indicator: {
      none: '全システム正常',
      minor: '軽微なサービス障害',
      major: '大規模なサービス障害',
      critical: '重大なサービス障害',
      maintenance: 'メンテナンス実施中',
    },
    impact: {
      none: '影響なし',
      minor: '軽微',
      major: '大規模',
      critical: '重大',
      maintenance: 'メンテナンス',
    },
    phase: {
      investigating: '調査中',
      identified: '特定済み',
      monitoring: '監視中',
      resolved: '解決済み',
      // 事後分析, as Japanese status pages and incident tools name the postmortem (also ポストモーテム); never a literal "死後".
      postmortem: '事後分析',
      update: '更新',
      scheduled: '予定',
      in_progress: '実施中',
      verifying: '検証中',
      completed: '完了',
    },
    error: {
      network: 'ステータスを取得できませんでした。',
      timeout: 'ステータスの取得がタイムアウトしました。',
      http: 'ステータスの取得でエラーが返されました。',
      parse: 'ステータスを読み取れませんでした。',
      invalid: '表示できるステータスがありません。',
      aborted: 'ステータスの取得が中止されました。',
    },
    historyHeading: 'インシデント履歴',
    noIncidentsThisMonth: '今月のインシデントはありません',
    noIncidents: 'インシデントはありません',
    pagination: 'インシデント履歴のページ',
    previous: '前へ',
    next: '次へ',
    // "2026年3月〜2026年5月".
    monthRange: (from, to) => `${from}〜${to}`,
    retry: '再試行',
    loading: '読み込み中',
    // `when` is "5 分前".
    lastUpdated: (when) => `更新できませんでした。最終更新：${when}`,
    affectedComponents: '影響範囲',
    started: '開始',
    ended: '終了',
    duration: '継続時間',
    ongoing: '継続中',
    maintenance: 'メンテナンス',
    scheduledFor: '開始予定',
    viewStatusPage: 'ステータスページを表示',
    statusChanged: (label) => `ステータス更新：${label}`,
    noSuchComponents: (names) => `${names}というコンポーネントはありません。全体のステータスを表示しています。`,
    noSuchIncident: (id) => `${id}というインシデントはありません。`,
  },
};

export default ja;
