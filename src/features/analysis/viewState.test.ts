import { beforeEach, describe, expect, it } from 'vitest';
import { DIAGNOSTICS_PAGE, MAPPING_PAGE, useAnalysisView } from './viewState';

const initial = useAnalysisView.getState();

describe('useAnalysisView', () => {
  beforeEach(() => useAnalysisView.setState(initial, true));

  it('adds a page with each "show more", and a new filter starts at the first page again', () => {
    const view = () => useAnalysisView.getState();
    view().showMoreRows();
    view().showMoreRows();
    expect(view().mappingLimit).toBe(3 * MAPPING_PAGE);
    view().setQuery('vm7');
    expect(view()).toMatchObject({ query: 'vm7', mappingLimit: MAPPING_PAGE });
    view().showMoreDiagnostics();
    expect(view().diagnosticsLimit).toBe(2 * DIAGNOSTICS_PAGE);
    view().setSeverity('error');
    expect(view()).toMatchObject({ severity: 'error', diagnosticsLimit: DIAGNOSTICS_PAGE });
  });

  it('keeps the sort while the tab is away (the settings outlive the unmounted table)', () => {
    useAnalysisView.getState().setSort(() => ({ column: 'vm', direction: 'descending' }));
    expect(useAnalysisView.getState().sort).toEqual({ column: 'vm', direction: 'descending' });
  });
});
