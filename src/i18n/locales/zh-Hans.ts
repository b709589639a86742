import type { LocalePack } from '../terms.js';

export const zhHans: LocalePack = {
  code: 'zh-Hans',
  dir: 'ltr',
  terms: {
    indicator: {
      none: '所有系统运行正常',
      minor: '服务轻微中断',
      major: '服务严重中断',
      // "Critical" as the outage that takes the whole service down; "危急" is the impact label.
      critical: '服务全面中断',
      maintenance: '维护进行中',
    },
    impact: {
      none: '无影响',
      minor: '轻微',
      major: '严重',
      critical: '危急',
      maintenance: '维护',
    },
    phase: {
      investigating: '正在调查',
      // "Cause located", as mainland engineers say it ("定位问题").
      identified: '已定位问题',
      monitoring: '正在监控',
      resolved: '已解决',
      // "复盘" is what mainland engineers call a postmortem; never a literal "after death".
      postmortem: '事后复盘',
      update: '更新',
      scheduled: '已计划',
      in_progress: '进行中',
      verifying: '验证中',
      completed: '已完成',
    },
    error: {
      network: '无法连接状态数据源。',
      timeout: '状态数据源响应超时。',
      http: '状态数据源返回错误。',
      parse: '状态数据不是有效的 JSON。',
      invalid: '状态数据中没有可显示内容。',
      aborted: '已取消加载状态数据。',
    },
    historyHeading: '事件历史',
    noIncidentsThisMonth: '本月无事件报告',
    noIncidents: '无事件报告',
    pagination: '事件历史分页',
    previous: '上一页',
    next: '下一页',
    monthRange: (from, to) => `${from}至${to}`,
    retry: '重试',
    loading: '正在加载状态…',
    // `when` is "5分钟前".
    lastUpdated: (when) => `无法刷新。最后更新于${when}。`,
    affectedComponents: '受影响组件',
    started: '开始时间',
    ended: '结束时间',
    duration: '持续时间',
    ongoing: '进行中',
    maintenance: '维护',
    scheduledFor: '计划时间',
    viewStatusPage: '查看状态页',
    statusChanged: (label) => `服务状态已变更：${label}`,
    // `names` arrives in “quotes”, which need no space beside Chinese; a bare `id` does.
    noSuchComponents: (names) => `本页面没有${names}组件，显示的是整个页面的状态。`,
    noSuchIncident: (id) => `此状态页面没有事件 ${id}。`,
  },
};

export default zhHans;
