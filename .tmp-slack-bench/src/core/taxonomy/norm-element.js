import { z } from 'zod';
/** Element ids as in the BPF seed: "2.1", "5.10". */
export const ElementIdSchema = z.string().regex(/^[1-6]\.\d{1,2}$/, 'an element id such as "2.1"');
export const CategorySchema = z.object({
    id: z.string().regex(/^[1-6]$/),
    name: z.string().min(1),
    description: z.string().min(1),
});
export const NormElementSchema = z.object({
    id: ElementIdSchema,
    categoryId: z.string().regex(/^[1-6]$/),
    /** The seed's own label ("CIP", "H functions"). */
    seedLabel: z.string().min(1),
    /** A clear name a member understands. */
    name: z.string().min(1),
    description: z.string().min(1),
    /** Words people use for it, English first: synonyms, abbreviations, other languages. */
    synonyms: z.array(z.string().min(1)),
    /** Where the name/description come from, or a note that it is our reading. */
    source: z.string().min(1),
});
/** One of the eleven UN GGE 2015 norms, A/70/174 para. 13 (a)-(k). */
export const GgeNormSchema = z.object({
    id: z.string().regex(/^13[a-k]$/),
    letter: z.string().regex(/^[a-k]$/),
    title: z.string().min(1),
    paraphrase: z.string().min(1),
    elements: z.array(ElementIdSchema),
    synonyms: z.array(z.string()),
    status: z.enum(['sourced', 'unverified']),
    source: z.string().min(1),
});
export const TaxonomySchema = z.object({
    source: z.string(),
    categories: z.array(CategorySchema).length(6),
    elements: z.array(NormElementSchema).length(26),
});
//# sourceMappingURL=norm-element.js.map