import { resolve } from 'node:path';
import { loadBundledSchemas } from '../../../server/out/node/schemaFiles';
import { DocumentAnalysis } from '../../../server/out/service/analysis/documentAnalysis';
import { doHover } from '../../../server/out/service/hover';
import { SchemaRegistry } from '../../../server/out/service/schema/schemaRegistry';
import type { EnvSenseSettings } from '../../../server/out/service/settings';
import { gitFactsFromFiles } from '../../../server/out/service/workspace/filesGitFacts';
import { WorkspaceView } from '../../../server/out/service/workspace/workspaceView';
import { memoryFs } from '../support/memoryFs';
import { withCursor } from '../support/service';

const BUNDLED = loadBundledSchemas(resolve(__dirname, '../../..'));

/**
 * The hover text with `settings.loader` passed to hover as the language service passes it once wired
 * (`doHover({ ...featureContext(document), loader: settings.loader }, …)`); the context is made as
 * the service's featureContext makes it.
 */
export function hoverWithSettings(files: Readonly<Record<string, string>>, settings: EnvSenseSettings, textWithCursor: string, uri: string): string | undefined {
  const fs = memoryFs(files);
  const workspace = new WorkspaceView(fs, BUNDLED.validateSchema, gitFactsFromFiles(fs));
  workspace.setWorkspaceFolders(['/workspace']);
  const { document, position } = withCursor(textWithCursor, uri);
  const analysis = DocumentAnalysis.of(document, 'dotenv', { settings, bundled: new SchemaRegistry(BUNDLED.schemas), workspace }, undefined);
  const hover = doHover(
    {
      document,
      env: analysis.env,
      selection: analysis.selection,
      isSecret: analysis.isSecret,
      loadedBefore: analysis.loadedBefore,
      ...(analysis.path === undefined ? {} : { path: analysis.path }),
      workspace,
      loader: settings.loader,
    },
    position,
  );
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
}
