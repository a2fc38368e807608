import { z } from 'zod';

export const ChartKindSchema = z.enum(['frequency', 'trends', 'matrix', 'profile', 'compare']);
export type ChartKind = z.infer<typeof ChartKindSchema>;

/**
 * A chart as data: a Vega-Lite spec with its data inline, sized in CSS pixels, plus what a chat
 * needs around the picture. Built by pure functions in core; an adapter renders it (SVG, PNG).
 */
export const ChartFigureSchema = z.object({
  kind: ChartKindSchema,
  title: z.string().min(1),
  /** what the picture shows, with its main numbers: alt text for screen readers and text-only clients */
  alt: z.string().min(1),
  /** a file name without extension, safe for uploads: "normbot-frequency" */
  name: z.string().regex(/^[a-z0-9-]+$/),
  /** the whole picture, title and legend included, in CSS pixels */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** a Vega-Lite spec (v6), data inline, autosize "fit" to width x height */
  spec: z.record(z.string(), z.unknown()),
});
export type ChartFigure = z.infer<typeof ChartFigureSchema>;
