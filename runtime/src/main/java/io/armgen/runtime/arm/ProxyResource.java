package io.armgen.runtime.arm;

/** An ARM resource without location and tags (a child or extension resource). */
public abstract class ProxyResource extends Resource {}
