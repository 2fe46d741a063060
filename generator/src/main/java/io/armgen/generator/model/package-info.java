/**
 * The common model: immutable records that describe one or more ARM services after loading and
 * normalisation. Emitters read only this model, never the raw Swagger documents.
 */
package io.armgen.generator.model;
