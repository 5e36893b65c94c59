import type { SchemaRegistry } from '../schema/schemaRegistry';
import type { EnvSenseSettings } from '../settings';
import type { WorkspaceView } from '../workspace/workspaceView';

/**
 * What analyses consult besides their text. The service makes a new one whenever the settings or the
 * workspace change, and an analysis takes nothing over from one made with another environment but
 * its parse (see DocumentAnalysis).
 */
export interface AnalysisEnvironment {
  readonly settings: EnvSenseSettings;
  readonly bundled: SchemaRegistry;
  readonly workspace: WorkspaceView;
}
