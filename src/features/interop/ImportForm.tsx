import { useId, type Ref } from 'react';
import type { DeclaredParameter } from '../../core/import/declaredParameters';
import type { ImportFormat } from '../../core/import/types';
import { ParametersForm } from './ParametersForm';
import { useT } from '../../i18n/useT';
import { IMPORT_FORMAT_LABEL } from './formatNames';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';
import { CodeTextArea } from '../../lib/ui/Field';
import { Callout } from '../../lib/ui/Callout';

export type FormatChoice = ImportFormat | 'auto';

interface ImportFormProps {
  text: string;
  format: FormatChoice;
  detected: ImportFormat | undefined;
  paramsText: string;
  /** What the definition declares, for the parameter form. */
  parameters: readonly DeclaredParameter[];
  paramValues: Readonly<Record<string, string>>;
  onParam: (name: string, value: string) => void;
  /** Translated problems with the parameter lines, shown under the box. */
  paramErrors: readonly string[];
  fileStatus: string;
  disabled: boolean;
  /** The id of the error shown under the form, so the text box points at it. */
  errorId: string | undefined;
  textRef: Ref<HTMLTextAreaElement>;
  onText: (text: string) => void;
  onFormat: (format: FormatChoice) => void;
  onParams: (text: string) => void;
  onFiles: (files: File[]) => void;
  /** The ARM parameters file chosen, if any. */
  parametersFile: string | undefined;
  onParametersFile: (file: File | undefined) => void;
}

const FORMATS: readonly ImportFormat[] = ['arm', 'terraform', 'bicep'];

/** The dialog's inputs: a file, the pasted text, the format (detected or chosen) and ARM parameter values. */
export function ImportForm({ textRef, ...props }: ImportFormProps) {
  const t = useT(messages);
  const id = useId();
  const { format, detected } = props;
  const effective = format === 'auto' ? detected : format;
  const autoLabel = detected ? t('formatAutoDetected', { format: t(IMPORT_FORMAT_LABEL[detected]) }) : t('formatAutoUnknown');
  return (
    <div className="interop-form">
      <p>{t('intro')}</p>
      <div className="interop-field">
        <label htmlFor={`${id}-file`}>{t('chooseFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.tf,.bicep,application/json"
          multiple
          disabled={props.disabled}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = ''; // so choosing the same file again still loads it
            if (files.length > 0) props.onFiles(files);
          }}
        />
        <span className="interop-muted" role="status">
          {props.fileStatus}
        </span>
      </div>
      <div className="interop-field">
        <label htmlFor={`${id}-text`}>{t('definition')}</label>
        <CodeTextArea
          id={`${id}-text`}
          ref={textRef}
          className="interop-text"
          rows={10}
          spellCheck={false}
          value={props.text}
          placeholder={t('definitionPlaceholder')}
          disabled={props.disabled}
          aria-invalid={props.errorId ? true : undefined}
          aria-describedby={props.errorId}
          onChange={(e) => props.onText(e.currentTarget.value)}
        />
      </div>
      <div className="interop-field interop-field--inline">
        <label htmlFor={`${id}-format`}>{t('format')}</label>
        <select
          id={`${id}-format`}
          value={format}
          disabled={props.disabled}
          onChange={(e) => props.onFormat(e.currentTarget.value as FormatChoice)}
        >
          <option value="auto">{autoLabel}</option>
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(IMPORT_FORMAT_LABEL[f])}
            </option>
          ))}
        </select>
        {format === 'auto' && !detected && props.text.trim() !== '' && <span className="interop-muted">{t('detectedNone')}</span>}
      </div>
      {effective !== undefined && (
        <div className="interop-field">
          {props.parameters.length > 0 && (
            <ParametersForm parameters={props.parameters} values={props.paramValues} disabled={props.disabled} onChange={props.onParam} />
          )}
          <details className="interop-more" open={props.paramsText.trim() !== '' || props.paramErrors.length > 0}>
            <summary>{t(props.parameters.length > 0 ? 'paramsMore' : 'params')}</summary>
            <CodeTextArea
              id={`${id}-params`}
              rows={3}
              spellCheck={false}
              value={props.paramsText}
              placeholder={effective === 'terraform' ? 'lb_private_ip=10.0.1.10' : 'sqlLBName=sql-lb'}
              disabled={props.disabled}
              aria-label={t('params')}
              aria-describedby={`${id}-params-hint${props.paramErrors.length ? ` ${id}-params-errors` : ''}`}
              aria-invalid={props.paramErrors.length ? true : undefined}
              onChange={(e) => props.onParams(e.currentTarget.value)}
            />
            <span id={`${id}-params-hint`} className="interop-muted">
              {t(effective === 'terraform' ? 'paramsHintTerraform' : 'paramsHint')}
            </span>
          </details>
          {(effective === 'arm' || effective === 'bicep') && <ParametersFileField id={id} {...props} />}
          {props.paramErrors.length > 0 && (
            <Callout as="ul" tone="error" id={`${id}-params-errors`} className="interop-errors" role="alert">
              {props.paramErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </Callout>
          )}
        </div>
      )}
    </div>
  );
}

/** An ARM parameters file, applied under the values typed above. */
function ParametersFileField({ id, ...props }: Pick<ImportFormProps, 'disabled' | 'parametersFile' | 'onParametersFile'> & { id: string }) {
  const t = useT(messages);
  return props.parametersFile === undefined ? (
    <>
      <label htmlFor={`${id}-paramfile`}>{t('parametersFile')}</label>
      <input
        id={`${id}-paramfile`}
        type="file"
        accept=".json,application/json"
        disabled={props.disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) props.onParametersFile(file);
        }}
      />
    </>
  ) : (
    <span className="interop-field--inline">
      <span className="interop-muted">{t('parametersFileUsed', { file: props.parametersFile })}</span>
      <Button disabled={props.disabled} onClick={() => props.onParametersFile(undefined)}>
        {t('removeParametersFile')}
      </Button>
    </span>
  );
}
