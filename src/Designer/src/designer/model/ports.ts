import type { ActivityDescriptor } from './descriptors';
import type { ElsaActivity } from './elsa';
import { readStringList, readSwitchCases } from './inputs';

export const IN_PORT = 'In';

/**
 * The outcome ports an activity shows. Static ones come from its descriptor; switch cases, fork
 * branches and inputs edited with the `outcomes` hint add their own, as the engine does.
 */
export function outcomePorts(activity: ElsaActivity, descriptor: ActivityDescriptor | undefined): string[] {
  const ports: string[] = [];
  const add = (port: string) => {
    if (port && !ports.includes(port)) ports.push(port);
  };
  switch (activity.type) {
    case 'Elsa.FlowSwitch':
      for (const c of readSwitchCases(activity)) add(c.label);
      add('Default');
      return ports;
    case 'Elsa.FlowFork':
      for (const branch of readStringList(activity, 'branches') ?? []) add(branch);
      return ports;
  }
  if (!descriptor) return ['Done'];
  for (const input of descriptor.inputs) {
    if (input.uiHint === 'outcomes') for (const port of readStringList(activity, input.name) ?? []) add(port);
  }
  for (const port of descriptor.outcomes) add(port);
  return ports;
}
