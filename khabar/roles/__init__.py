"""Who holds which post: titles, organisations and regions of person entities.

The pipeline component is ``khabar.roles.component:RoleFinder``.
"""
