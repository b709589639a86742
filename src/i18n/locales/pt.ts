import type { LocalePack } from '../terms.js';

// Brazilian usage. Where European Portuguese (pt-PT) says it differently, the comment gives its word.
export const pt: LocalePack = {
  code: 'pt',
  dir: 'ltr',
  terms: {
    indicator: {
      none: 'Todos os sistemas operacionais',
      minor: 'Serviço parcialmente degradado',
      major: 'Interrupção grave do serviço',
      critical: 'Interrupção crítica do serviço',
      // pt-PT: 'Manutenção em curso'
      maintenance: 'Manutenção em andamento',
    },
    impact: {
      none: 'Sem impacto',
      minor: 'Leve',
      major: 'Grave',
      critical: 'Crítico',
      maintenance: 'Manutenção',
    },
    phase: {
      // pt-PT: 'Em investigação'
      investigating: 'Investigando',
      identified: 'Identificado',
      // pt-PT: 'Em monitorização'
      monitoring: 'Monitorando',
      resolved: 'Resolvido',
      // What Brazilian engineers call a "post-mortem"; "Após a morte" is a literal mistranslation.
      postmortem: 'Análise pós-incidente',
      update: 'Atualização',
      // The maintenance phases agree with "a manutenção" (feminine).
      scheduled: 'Agendada',
      // pt-PT: 'Em curso'
      in_progress: 'Em andamento',
      // pt-PT: 'Em verificação'
      verifying: 'Verificando',
      completed: 'Concluída',
    },
    // pt-PT: 'estado' for 'status' throughout, 'aceder' for 'acessar'.
    error: {
      network: 'Não foi possível acessar o status do serviço.',
      timeout: 'O status do serviço demorou demais para responder.',
      http: 'O servidor de status respondeu com um erro.',
      parse: 'O status do serviço não é um JSON válido.',
      invalid: 'O status do serviço não contém nada para exibir.',
      aborted: 'O carregamento do status do serviço foi cancelado.',
    },
    historyHeading: 'Histórico de incidentes',
    noIncidentsThisMonth: 'Nenhum incidente reportado neste mês',
    noIncidents: 'Nenhum incidente reportado',
    pagination: 'Páginas do histórico de incidentes',
    previous: 'Anterior',
    // pt-PT: 'Seguinte'
    next: 'Próximo',
    monthRange: (from, to) => `${from} a ${to}`,
    retry: 'Tentar novamente',
    // pt-PT: 'A carregar o estado…'
    loading: 'Carregando o status…',
    lastUpdated: (when) => `Não foi possível atualizar. Última atualização ${when}.`,
    affectedComponents: 'Componentes afetados',
    started: 'Início',
    ended: 'Fim',
    duration: 'Duração',
    // pt-PT: 'Em curso'
    ongoing: 'Em andamento',
    maintenance: 'Manutenção',
    scheduledFor: 'Início previsto',
    // pt-PT: 'Ver a página de estado'
    viewStatusPage: 'Ver a página de status',
    statusChanged: (label) => `O status do serviço mudou: ${label}`,
    noSuchComponents: (names) => `Nenhum componente desta página se chama ${names}: este é o status da página inteira.`,
    noSuchIncident: (id) => `Esta página de status não tem o incidente ${id}.`,
  },
};

export default pt;
