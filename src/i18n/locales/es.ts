import type { LocalePack } from '../terms.js';

export const es: LocalePack = {
  code: 'es',
  dir: 'ltr',
  terms: {
    indicator: {
      none: 'Sistemas funcionando con normalidad',
      minor: 'Interrupción menor del servicio',
      major: 'Interrupción grave del servicio',
      critical: 'Caída crítica del servicio',
      maintenance: 'Mantenimiento en curso',
    },
    impact: {
      none: 'Sin impacto',
      minor: 'Menor',
      major: 'Grave',
      critical: 'Crítico',
      maintenance: 'Mantenimiento',
    },
    phase: {
      investigating: 'Investigando',
      identified: 'Identificado',
      monitoring: 'Supervisando',
      resolved: 'Resuelto',
      // "Postmortem" as Spanish-speaking engineers say it; "Después de la muerte" is a literal mistranslation.
      postmortem: 'Análisis post mortem',
      update: 'Actualización',
      scheduled: 'Programado',
      in_progress: 'En curso',
      verifying: 'Verificando',
      completed: 'Completado',
    },
    error: {
      network: 'No se pudo acceder al estado del servicio.',
      timeout: 'El estado del servicio tardó demasiado en responder.',
      http: 'El servidor de estado respondió con un error.',
      parse: 'El estado del servicio no es JSON válido.',
      invalid: 'El estado del servicio no contiene nada que mostrar.',
      aborted: 'Se canceló la carga del estado del servicio.',
    },
    historyHeading: 'Historial de avisos',
    noIncidentsThisMonth: 'No se reportaron avisos este mes',
    noIncidents: 'No se reportaron avisos',
    pagination: 'Páginas del historial de avisos',
    previous: 'Anterior',
    next: 'Siguiente',
    monthRange: (from, to) => `${from} a ${to}`,
    retry: 'Reintentar',
    loading: 'Cargando el estado…',
    lastUpdated: (when) => `No se pudo actualizar. Última actualización ${when}.`,
    affectedComponents: 'Afecta a',
    started: 'Inicio',
    ended: 'Fin',
    duration: 'Duración',
    ongoing: 'En curso',
    maintenance: 'Mantenimiento',
    scheduledFor: 'Programado',
    viewStatusPage: 'Ver la página de estado',
    statusChanged: (label) => `El estado del servicio cambió: ${label}`,
  },
};

export default es;
