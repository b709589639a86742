import type { LocalePack } from '../terms.js';

export const ko: LocalePack = {
  code: 'ko',
  dir: 'ltr',
  terms: {
    indicator: {
      none: '모든 시스템 정상 작동',
      minor: '경미한 서비스 장애',
      major: '심각한 서비스 장애',
      critical: '치명적 서비스 장애',
      // "점검", as Korean services announce maintenance ("서비스 점검").
      maintenance: '점검 진행 중',
    },
    impact: {
      none: '영향 없음',
      minor: '경미',
      major: '심각',
      critical: '치명적',
      maintenance: '점검',
    },
    phase: {
      investigating: '조사 중',
      identified: '확인됨',
      monitoring: '모니터링 중',
      resolved: '해결됨',
      // "Postmortem" as Korean engineers say it ("사후 분석"); never a literal "after death".
      postmortem: '사후 분석',
      update: '업데이트',
      scheduled: '예정됨',
      in_progress: '진행 중',
      verifying: '검증 중',
      completed: '완료됨',
    },
    error: {
      network: '상태 피드에 연결할 수 없습니다.',
      timeout: '상태 피드 응답 시간이 초과되었습니다.',
      http: '상태 피드가 오류로 응답했습니다.',
      parse: '상태 피드가 올바른 JSON이 아닙니다.',
      invalid: '상태 피드에 표시할 내용이 없습니다.',
      aborted: '상태 피드 로딩이 취소되었습니다.',
    },
    // Incidents are "장애", as Korean status pages list them ("장애 이력"), not "사건" (a case, an affair).
    historyHeading: '장애 이력',
    noIncidentsThisMonth: '이번 달 보고된 장애 없음',
    noIncidents: '보고된 장애 없음',
    pagination: '장애 이력 페이지',
    previous: '이전',
    next: '다음',
    monthRange: (from, to) => `${from} ~ ${to}`,
    retry: '재시도',
    loading: '로딩 중…',
    // `when` is "5분 전": "마지막 업데이트 5분 전".
    lastUpdated: (when) => `업데이트할 수 없습니다. 마지막 업데이트 ${when}.`,
    affectedComponents: '영향 범위',
    started: '시작',
    ended: '종료',
    duration: '기간',
    ongoing: '진행 중',
    maintenance: '점검',
    scheduledFor: '예정',
    viewStatusPage: '상태 페이지 보기',
    statusChanged: (label) => `서비스 상태 변경: ${label}`,
    // No particle after the values: Korean particles depend on the name's last sound.
    noSuchComponents: (names) => `${names} 구성 요소가 없어 페이지 전체 상태를 표시합니다.`,
    noSuchIncident: (id) => `이 상태 페이지에 ${id} 장애가 없습니다.`,
  },
};

export default ko;
