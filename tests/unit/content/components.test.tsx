/**
 * Server-rendered checks of the safety and learning components (no DOM needed): what they show
 * for every library technique and in both languages.
 */
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { i18next } from '../../../src/i18n';
import { loadLibrary } from '../../../src/data/library';
import { SAFETY, applicablePrecautions } from '../../../src/domain/safety';
import { PrecautionsPanel } from '../../../src/ui/safety/PrecautionsPanel';
import { RedFlagCheck } from '../../../src/ui/safety/RedFlagCheck';
import { EvidencePage } from '../../../src/ui/safety/EvidencePage';
import { StepCautions } from '../../../src/ui/safety/StepCautions';
import { QuizPanel } from '../../../src/ui/learn/QuizPanel';
import { CoursePlanner } from '../../../src/ui/learn/CoursePlanner';
import { ALL_MOVES } from './fixtureTechniques';

const techniques = [...loadLibrary().techniques, ALL_MOVES];
const html = (s: string) => s.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe.each(['en', 'ru'] as const)('components in %s', (lang) => {
  it('PrecautionsPanel shows every applicable precaution with its sources when expanded (every technique)', async () => {
    await i18next.changeLanguage(lang);
    for (const t of techniques) {
      const out = html(renderToString(<PrecautionsPanel technique={t} defaultExpanded />));
      for (const p of applicablePrecautions(t)) {
        expect(out, `${t.id} ${p.id}`).toContain(p.precaution!.title[lang]);
        expect(out, `${t.id} ${p.id}`).toContain(p.precaution!.text[lang]);
        for (const ref of p.precaution!.sources) expect(out).toContain(SAFETY.precautions.sources.find((s) => s.id === ref)!.title[lang]);
        if (p.precaution!.sources.length === 0) expect(out).toContain(i18next.t('safetyCommon.ownRule'));
      }
    }
  });

  it('PrecautionsPanel is compact by default: 3 in full, the always-rules on one line, a "show all" button', async () => {
    await i18next.changeLanguage(lang);
    const out = html(renderToString(<PrecautionsPanel technique={ALL_MOVES} />));
    expect(out.match(/data-testid="precaution-/g)).toHaveLength(3);
    expect(out).toContain('data-testid="precautions-more"');
    expect(out).toContain('aria-expanded="false"');
    const line = out.slice(out.indexOf('data-testid="precautions-always"'));
    for (const id of ['no-spinous-pressure', 'no-jolts', 'stop-if-leg-pain'] as const) {
      expect(line).toContain(SAFETY.precautions.precautions.find((p) => p.id === id)!.title[lang]);
    }
  });

  it('StepCautions renders the step cautions and nothing without them', async () => {
    await i18next.changeLanguage(lang);
    const step = techniques.flatMap((t) => t.steps).find((s) => (s.cautions ?? []).length > 0);
    if (step) expect(html(renderToString(<StepCautions step={step} />))).toContain(step.cautions![0]![lang]);
    expect(renderToString(<StepCautions step={{ ...ALL_MOVES.steps[0]!, cautions: [] }} />)).toBe('');
  });

  it('RedFlagCheck asks every red flag, says answers stay in the browser, and is a modal dialog', async () => {
    await i18next.changeLanguage(lang);
    const out = html(renderToString(<RedFlagCheck open onDone={() => undefined} onClose={() => undefined} />));
    expect(out).toContain('role="dialog"');
    expect(out).toContain('aria-modal="true"');
    for (const f of SAFETY.redFlags.red_flags) expect(out).toContain(f.text[lang]);
    expect(out).toContain(i18next.t('safetyCommon.storedLocally'));
    expect(out).not.toContain(i18next.t('safetyCommon.close'));
    expect(renderToString(<RedFlagCheck open={false} onDone={() => undefined} onClose={() => undefined} />)).toBe('');
  });

  it('EvidencePage cites NICE NG59, ACP 2017 and Cochrane 2015 and lists the red flags', async () => {
    await i18next.changeLanguage(lang);
    const out = html(renderToString(<EvidencePage />));
    expect(out).toMatch(/NG59/);
    for (const s of SAFETY.evidence.sources) expect(out).toContain(s.title[lang]);
    expect(out).toContain('href="https://doi.org/10.7326/M16-2367"');
    expect(out).toContain('href="https://doi.org/10.1002/14651858.CD001929.pub3"');
    for (const s of SAFETY.evidence.statements) expect(out).toContain(s.text[lang]);
    for (const f of SAFETY.redFlags.red_flags) expect(out).toContain(f.text[lang]);
  });

  it('QuizPanel shows the first question; CoursePlanner shows the doctor note', async () => {
    await i18next.changeLanguage(lang);
    const q = html(renderToString(<QuizPanel onRequestTap={() => undefined} lastTap={null} />));
    expect(q).toContain(i18next.t('quiz.q.tap-bl23.prompt'));
    expect(q).toContain('data-testid="quiz-tap"');
    const c = html(renderToString(<CoursePlanner techniques={techniques} today="2026-03-02" />));
    expect(c).toContain(i18next.t('course.doctorFirst'));
  });
});
